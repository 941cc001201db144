/**
 * html-validate settings for the built pages (`npx html-validate dist`, and the HTML test in
 * tests/site/). Every rule switched off says why beside it.
 */
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Pages are built with compressHTML off, so that no space inside a quotation is lost; the
    // templates' indentation then leaves spaces at line ends, which change nothing on the page.
    'no-trailing-whitespace': 'off',
    // A claim page's title is the claim's whole statement, which readers and citations need
    // intact; search engines shorten long titles themselves.
    'long-title': 'off',
    // Integrity hashes guard resources fetched from other hosts; the archive loads none (the
    // browser audit fails on any), and its own bundles are hashed by name and by the CSP.
    'require-sri': ['error', { target: 'crossorigin' }],
    // A table's scrolling frame is a labelled region (its caption names it) but no section of
    // the document's outline: as a <section> with no heading, the Nu Html Checker warns on it.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

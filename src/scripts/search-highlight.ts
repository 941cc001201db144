import { withBase } from '../lib/record/paths.ts';
import { HIGHLIGHT_PARAM, SEARCH_BUNDLE_PATH } from '../lib/search/search-url.ts';

declare global {
  interface Window {
    PagefindHighlight?: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  }
}

async function highlightSearchedWords() {
  const script = withBase(`${SEARCH_BUNDLE_PATH}pagefind-highlight.js`, import.meta.env.BASE_URL);
  await import(/* @vite-ignore */ script);
  // The site's stylesheet styles the marks: an injected <style> would need 'unsafe-inline' under a CSP.
  if (window.PagefindHighlight) new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}

// Only a visit from a search result carries the parameter, so ordinary page views load nothing more.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlightSearchedWords();

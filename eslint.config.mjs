// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'tests/fixtures/**/dist/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // Unused bindings named with a leading underscore are deliberate (destructuring a field away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // One import style: a relative import names the file it loads, extension included. Node,
      // tsx and Vite all load such a path, so a module runs the same under each of them.
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|astro|mjs|js|json|css|svg|txt)$)/]`,
          message: 'Name the file a relative import loads, extension included (./record.ts, not ./record).',
        })),
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      // The site and its commands stand on their own: a copy of the project without its tests
      // (as the tests build in, see tests/helpers/project-copy.ts) still builds and runs.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)tests/', message: 'src/ must not import from tests/.' }] },
      ],
    },
  },
  {
    files: ['src/cli/bench/floor-*.ts'],
    rules: {
      // The floor reads the content as plain YAML, as a script without the site's schemas would;
      // typing it would mean declaring the schemas a second time.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);

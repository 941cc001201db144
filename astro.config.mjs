// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import { siteUrl, basePath, outDir, contentDir, cacheDir, searchIndexOn } from './src/settings.ts';
import validateContent from './src/integrations/validate-content.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { citationDownloads } from './src/integrations/citation-downloads.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { contentStore } from './src/integrations/content-store.ts';
import { contentSecurityPolicy } from './src/content-security-policy.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'always',
  // Pages render eight at a time so that file writes overlap rendering, the same output byte for
  // byte (BENCHMARKS.md): at 2,000 quotes one at a time 84 s, four 74 s; at 10,000 quotes, rebuilds
  // side by side, four 73.2 and 75.5 s, eight 66.3 and 69.9 s, sixteen no faster than eight.
  build: { format: 'directory', concurrency: 8 },
  // Compression can drop the space between two inline elements, which would alter a quotation.
  compressHTML: false,
  // Shiki colours code with inline styles the CSP refuses; the record shows no code.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  // The search index must be built last, over the finished site.
  integrations: [
    validateContent(contentDir),
    contentStore(contentDir),
    mdx(),
    citationDownloads(),
    publishedUrls(contentDir),
    sitemap(),
    ...(searchIndexOn ? [pagefindIndex()] : []),
    // Last, so that a build counts as finished once every other integration is done.
    previousOutput(),
  ],
  // Hashes every script and style Astro emits; see the policy module for what it allows and why.
  security: { csp: contentSecurityPolicy },
  cacheDir,
  // A rebuild whose inputs are the last build's keeps that build's pages instead of rendering
  // them again: src/lib/render/reused-pages.ts says which inputs and why, and
  // src/integrations/previous-output.ts what happens to the last output and after a build that
  // did not finish.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      // src/integrations/previous-output.ts clears the output folder, or keeps it when nothing
      // changed; Astro would delete it file by file.
      emptyOutDir: false,
      rollupOptions: {
        // Astro's MDX modules open with its "use astro:head-inject" directive, which the bundler
        // warns it may not keep when it bundles them (once per profile, on every build). Astro
        // reads that directive before bundling, so losing it changes nothing; every other
        // warning is still shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
});

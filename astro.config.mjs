// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { siteUrl, basePath, outDir } from './src/settings.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Compression can drop the space between two inline elements, which would alter a quotation.
  compressHTML: false,
  markdown: { remarkPlugins: [remarkGfm] },
  // The search index must be built last, over the finished site.
  integrations: [mdx(), pagefindIndex()],
  // A build of another content folder (fixtures, benchmarks) must not reuse this one's cache.
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
});

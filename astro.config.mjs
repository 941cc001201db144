// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { siteUrl, basePath, outDir, contentDir, cacheDir } from './src/settings.ts';
import validateContent from './src/integrations/validate-content.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
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
  integrations: [validateContent(contentDir), mdx(), publishedUrls(contentDir), pagefindIndex()],
  cacheDir,
});

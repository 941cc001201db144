// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { siteUrl, basePath, outDir } from './src/settings.ts';
import { contentSecurityPolicy } from './src/content-security-policy.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Compression can drop the space between two inline elements, which would alter a quotation.
  compressHTML: false,
  // Shiki colours code with inline styles the CSP refuses; the record shows no code.
  markdown: { remarkPlugins: [remarkGfm], syntaxHighlight: false },
  integrations: [mdx(), sitemap()],
  // Hashes every script and style Astro emits; see the policy module for what it allows and why.
  security: { csp: contentSecurityPolicy },
  // A build of another content folder (fixtures, benchmarks) must not reuse this one's cache.
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
});

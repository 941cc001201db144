import { writeSearchIndex } from '../integrations/search-index.ts';

// Indexes an already built site for search with the build's own settings:
// `node src/cli/index-site.ts <siteDir>`. The benchmark times this as its index stage.
const siteDir = process.argv[2];
if (!siteDir) {
  console.error('Usage: node src/cli/index-site.ts <built site folder>');
  process.exit(2);
}
const pages = await writeSearchIndex(siteDir);
console.log(`Indexed ${pages} pages for search.`);

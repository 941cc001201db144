/** Root-relative paths of every page, without the base path. Ids are the permanent slugs. */
export const paths = {
  home: () => '/',
  stakeholders: () => '/stakeholders/',
  stakeholder: (id: string) => `/stakeholders/${id}/`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  quotes: () => '/quotes/',
  /** Page n of the full list of quotes; page 1 is the list's own address. */
  quotesPage: (n: number) => (n === 1 ? '/quotes/' : `/quotes/page/${n}/`),
  quote: (id: string) => `/quotes/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  corrections: () => '/corrections/',
  search: () => '/search/',
  about: () => '/about/',
  aboutData: () => '/about/data/',
  timeline: () => '/timeline/',
  feed: () => '/feed.xml',
  stakeholderFeed: (id: string) => `/stakeholders/${id}/feed.xml`,
  claimFeed: (id: string) => `/claims/${id}/feed.xml`,
  archiveJson: () => '/data/archive.json',
  archiveSchema: () => '/data/archive.schema.json',
  quotesCsv: () => '/data/quotes.csv',
} as const;

/** Prefixes a root-relative path with the base path the site is served under. */
export function withBase(path: string, base: string): string {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

/** The absolute permanent URL of a page, for citations and canonical links. */
export function absoluteUrl(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** A page's path under the base path this build is configured with. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** What Pagefind gives the results list for one page. */
export interface ResultData {
  url: string;
  /** Words around the match, with the matched words in <mark>; Pagefind escapes the page text. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One search result as the site shows it: kind, title linking to the permanent page, words, facts. */
export function renderResult(result: ResultData): HTMLElement {
  const item = element('li', 'search-result');
  item.append(element('p', 'search-result-kind', result.meta.kind ?? ''));
  const title = element('p', 'search-result-title');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  title.append(link);
  item.append(title);
  if (result.excerpt) {
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.innerHTML = result.excerpt;
    item.append(excerpt);
  }
  const facts = [result.meta.speaker, result.meta.date, result.meta.delivery].filter(Boolean);
  if (facts.length > 0) item.append(element('p', 'search-result-facts', facts.join(' · ')));
  return item;
}

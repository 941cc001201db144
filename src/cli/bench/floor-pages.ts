import { escapeHtml } from '../../lib/wording/escape-html.ts';
import type { FloorData, FloorEntry } from './floor-data.ts';
import { claimTitle, stakeholderTitle } from '../../lib/wording/titles.ts';

/** HTML-escapes text, as any template engine would. */
const e = (text: unknown) => escapeHtml(String(text ?? ''));

/** A page shaped like the site's BaseLayout: head, header with navigation and search, footer. */
export function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · On the Record</title><meta name="description" content="${e(title)}">
<link rel="stylesheet" href="/style.css"></head>
<body><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/">On the Record</a><nav><ul><li><a href="/quotes/">Quotes</a></li>
<li><a href="/stakeholders/">Stakeholders</a></li><li><a href="/claims/">Claims</a></li><li><a href="/sources/">Sources</a></li></ul></nav>
<form role="search" action="/search/"><input name="q" type="search"><button>Search</button></form></header>
<main id="main">${main}</main><footer>On the Record</footer></body></html>`;
}

const body = (text: string) =>
  text
    .trim()
    .split(/\n\n+/)
    .map((p) => `<p>${e(p)}</p>`)
    .join('\n');

export function quoteCard(data: FloorData, quote: FloorEntry): string {
  const speaker = data.stakeholder.get(quote.data.speaker)!;
  return `<li class="card" data-quote="${quote.id}"><q>${e(quote.data.text)}</q>
<p class="meta"><a href="/stakeholders/${speaker.id}/">${e(speaker.data.name)}</a> · <time>${e(quote.data.date ?? 'date not known')}</time> · ${e(quote.data.delivery)} · <a href="/quotes/${quote.id}/">Quote page</a></p></li>`;
}

const cards = (data: FloorData, quotes: FloorEntry[] = []) =>
  `<ul class="card-list">${quotes.map((q) => quoteCard(data, q)).join('\n')}</ul>`;

export function quotePage(data: FloorData, quote: FloorEntry): string {
  const speaker = data.stakeholder.get(quote.data.speaker)!;
  const source = data.source.get(quote.data.source)!;
  const event = quote.data.event && data.event.get(quote.data.event);
  const claims = quote.data.claims
    .map(
      (c: any) =>
        `<li>${e(c.stance)}: <a href="/claims/${c.claim}/">${e(data.claim.get(c.claim)!.data.statement)}</a></li>`,
    )
    .join('');
  return page(
    `${speaker.data.name}: ${quote.data.text.slice(0, 60)}`,
    `<article><h1>${e(speaker.data.name)}: ${e(quote.data.text.slice(0, 60))}</h1>
<blockquote><p>${e(quote.data.text)}</p></blockquote>
<dl><dt>Speaker</dt><dd><a href="/stakeholders/${speaker.id}/">${e(speaker.data.name)}</a></dd>
<dt>Date</dt><dd>${e(quote.data.date ?? source.data.published)}</dd><dt>Delivery</dt><dd>${e(quote.data.delivery)}</dd>
<dt>Source</dt><dd><a href="/sources/${source.id}/">${e(source.data.title)}</a>, ${e(source.data.publication)}, paragraph ${quote.data.paragraph}</dd>
${event ? `<dt>Event</dt><dd><a href="/events/${event.id}/">${e(event.data.name)}</a></dd>` : ''}</dl>
${quote.data.context ? `<h2>Context</h2><p>${e(quote.data.context)}</p>` : ''}
<h2>Claims this speaks to</h2><ul>${claims}</ul></article>`,
  );
}

export function stakeholderPage(data: FloorData, person: FloorEntry): string {
  const quotes = data.quotesBy.get(person.id) ?? [];
  const claims = new Map<string, number>();
  for (const q of quotes) for (const c of q.data.claims) claims.set(c.claim, (claims.get(c.claim) ?? 0) + 1);
  const positions = [...claims].map(
    ([id, n]) => `<li><a href="/claims/${id}/">${e(data.claim.get(id)!.data.statement)}</a> (${n} quotes)</li>`,
  );
  return page(
    stakeholderTitle(person.data.name),
    `<article><h1>${e(person.data.name)}</h1><p>${e(person.data.summary)}</p>${body(person.body)}
<h2>Positions on claims</h2><ul>${positions.join('\n')}</ul><h2>Quotes (${quotes.length})</h2>${cards(data, quotes)}</article>`,
  );
}

export function claimPage(data: FloorData, claim: FloorEntry): string {
  const quotes = data.quotesOn.get(claim.id) ?? [];
  const speakers = [...new Set(quotes.map((q) => q.data.speaker as string))];
  const who = speakers.map(
    (id) => `<li><a href="/stakeholders/${id}/">${e(data.stakeholder.get(id)!.data.name)}</a></li>`,
  );
  return page(
    claimTitle(claim.data.statement),
    `<article><h1>${e(claim.data.statement)}</h1>${body(claim.body)}<h2>Who stands where</h2><ul>${who.join('\n')}</ul>
<h2>The quotes (${quotes.length})</h2>${cards(data, quotes)}</article>`,
  );
}

export function listPage(title: string, items: string[]): string {
  return page(title, `<h1>${e(title)}</h1><ul class="card-list">${items.join('\n')}</ul>`);
}

export { cards, e as escapeHtml };

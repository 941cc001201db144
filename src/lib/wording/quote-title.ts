/** The opening words of a quotation, cut at a word boundary, for titles and headings. */
export function openingWords(text: string, maxLength = 60): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return cut.slice(0, lastSpace > maxLength / 2 ? lastSpace : maxLength).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** "Priti Patel: “Sadly at a time when…”" for own words; "Priti Patel (reported): …" otherwise. */
export function quoteTitle(speaker: string, text: string, ownWords: boolean): string {
  return ownWords ? `${speaker}: “${openingWords(text)}”` : `${speaker}, as reported: ${openingWords(text)}`;
}

/** One sentence for search results and link previews, unique to the quote: who, when, where, and its opening words. */
export function quoteDescription(quote: { speaker: string; date: string; source: string; text: string; ownWords: boolean }): string {
  const opening = openingWords(quote.text, 120);
  return quote.ownWords
    ? `Quotation of ${quote.speaker}, ${quote.date}, from ${quote.source}: “${opening}”`
    : `Reported position of ${quote.speaker}, ${quote.date}, from ${quote.source}: ${opening}`;
}

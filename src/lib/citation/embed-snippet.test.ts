import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.ts';

const permalink = 'https://on-the-record.example/quotes/patel-not-acceptable/';
const snippet = embedSnippet({
  text: 'This is not acceptable. Facebook are pursuing [e2e] encryption <plans> & more',
  ownWords: true,
  speaker: 'Priti Patel',
  role: 'Home Secretary',
  date: '19 April 2021',
  delivery: 'Prepared remarks, released before the speech',
  source: 'Home Secretary uses ‘moral duty’ argument, E&T (Engineering & Technology)',
  permalink,
});
const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);

describe('the embed snippet of a quote', () => {
  it('holds the words verbatim in a blockquote citing the permanent URL', () => {
    const quote = document.querySelector('figure > blockquote');
    expect(quote?.getAttribute('cite')).toBe(permalink);
    expect(quote?.textContent).toBe('This is not acceptable. Facebook are pursuing [e2e] encryption <plans> & more');
  });

  it('says who, when, how and where, and links to the permanent URL', () => {
    const caption = document.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain(
      '— Priti Patel, Home Secretary, 19 April 2021. Prepared remarks, released before the speech.',
    );
    expect(caption).toContain('E&T (Engineering & Technology)');
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([permalink]);
  });

  it('loads nothing and runs nothing: no script, style, image, frame or inline handler', () => {
    expect(document.querySelectorAll('script, style, link, img, iframe, object, [style]')).toHaveLength(0);
    expect(snippet).not.toMatch(/\son\w+=/i);
  });

  it('gives a reported position as the source’s words, not in a blockquote', () => {
    const reported = embedSnippet({
      text: 'more than half',
      ownWords: false,
      speaker: 'NSPCC',
      date: 'March 2021',
      delivery: 'Study finding',
      source: 'OnTheWight',
      permalink,
    });
    expect(reported).not.toContain('<blockquote');
    expect(reported).toContain('Reported position of NSPCC, March 2021.');
  });
});

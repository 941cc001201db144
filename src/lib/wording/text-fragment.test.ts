import { describe, expect, it } from 'vitest';
import { encodeTextDirective, fragmentWords, textFragmentUrl } from './text-fragment.ts';

const article = 'https://eandt.theiet.org/content/articles/2021/04/home-secretary/';

describe('a link to the spot in the original', () => {
  it('looks for the quote’s opening words', () => {
    expect(
      textFragmentUrl(
        article,
        'This is not acceptable. We cannot allow a situation where law enforcement’s ability to tackle abhorrent criminal acts',
      ),
    ).toBe(`${article}#:~:text=This%20is%20not%20acceptable.%20We%20cannot%20allow%20a`);
  });

  it('stops before the publisher’s “[e2e]”, which other copies print as “end-to-end”', () => {
    expect(
      fragmentWords(
        'Sadly at a time when we need to be taking more action, Facebook are pursuing [e2e] encryption plans',
      ),
    ).toBe('Sadly at a time when we need to');
    expect(fragmentWords('Facebook are pursuing [e2e] encryption plans')).toBe('Facebook are pursuing');
  });

  it('starts after an alteration that opens the quote', () => {
    expect(fragmentWords('[e2e] encryption is already the leading security technology')).toBe(
      'encryption is already the leading security technology',
    );
  });

  it('percent-encodes the hyphen, ampersand and comma that the syntax reserves', () => {
    expect(encodeTextDirective('end-to-end, E&T')).toBe('end%2Dto%2Dend%2C%20E%26T');
    expect(textFragmentUrl(article, 'either/or')).toBe(`${article}#:~:text=either%2For`);
    expect(textFragmentUrl(article, 'Facebook-owned apps, mostly')).toBe(
      `${article}#:~:text=Facebook%2Downed%20apps%2C%20mostly`,
    );
  });

  it('replaces a fragment the source address already has', () => {
    expect(textFragmentUrl(`${article}#comments`, 'either/or')).toBe(`${article}#:~:text=either%2For`);
  });

  it('links to the source itself when no words of the speaker’s can be looked for', () => {
    expect(textFragmentUrl(article, '[…]')).toBe(article);
  });
});

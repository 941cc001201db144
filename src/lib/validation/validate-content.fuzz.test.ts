import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ContentFile } from './parse-content-file.ts';
import { validateContent } from './validate-content.ts';

const VALID_QUOTE = {
  text: 'This is not acceptable.',
  speaker: 'minister',
  source: 'article',
  paragraph: 8,
  delivery: 'prepared-remarks',
  claims: [{ claim: 'a-claim', stance: 'supports' }],
};

const REST: ContentFile[] = [
  {
    collection: 'stakeholders',
    file: 'content/stakeholders/minister.mdx',
    text: '---\nname: A Minister\nkind: person\nsummary: Someone.\n---\n',
  },
  { collection: 'sources', file: 'content/sources/article.yaml', text: 'publication: The Paper\nkind: news-report\n' },
  { collection: 'claims', file: 'content/claims/a-claim.mdx', text: '---\nstatement: A claim.\nkind: factual\n---\n' },
];
const FILE = 'content/quotes/fuzzed.yaml';

/** Ways to break a valid quote, each of which the validation must refuse. */
const brokenQuote = fc.oneof(
  fc.constantFrom('text', 'speaker', 'source', 'paragraph', 'delivery').map((field) => {
    const { [field as keyof typeof VALID_QUOTE]: _dropped, ...rest } = VALID_QUOTE;
    return rest;
  }),
  fc
    .tuple(fc.constantFrom('text', 'speaker', 'paragraph', 'delivery', 'claims', 'date'), fc.jsonValue())
    .filter(([field, value]) => !(field === 'text' && typeof value === 'string' && /\S/.test(value)))
    .filter(([field, value]) => !(field === 'claims' && Array.isArray(value) && value.length === 0))
    // A whole number is a valid paragraph, and a four-digit one a valid year.
    .filter(([field, value]) => !(['paragraph', 'date'].includes(field) && typeof value === 'number'))
    .map(([field, value]) => ({ ...VALID_QUOTE, [field]: value })),
  fc
    .string({ minLength: 1 })
    .filter(
      (k) => !(k in VALID_QUOTE) && !['onBehalfOf', 'date', 'event', 'context', 'variants', 'corrections'].includes(k),
    )
    .map((k) => ({ ...VALID_QUOTE, [k]: '<i>x</i>' })),
  fc
    .constantFrom('[', ']', '“', '”', '"', '(', '<b>', '<script>')
    .map((mark) => ({ ...VALID_QUOTE, text: `${VALID_QUOTE.text} ${mark}` })),
  fc
    .string()
    .filter((s) => !/^[a-z0-9-]+$/.test(s) || s === '')
    .map((id) => ({ ...VALID_QUOTE, speaker: `${id}?` })),
);

function check(text: string, collection = 'quotes', file = FILE) {
  const { problems } = validateContent({ files: [...REST, { collection, file, text }] });
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.field).toMatch(/\S/);
    expect(problem.message).toMatch(/\S/);
    expect(problem.message).not.toMatch(/\n\s+at |\[object Object\]|undefined/);
  }
}

describe('fuzzing the content validation with broken quotes', () => {
  it('accepts the valid quote the broken ones are made from', () => {
    const { problems } = validateContent({
      files: [...REST, { collection: 'quotes', file: FILE, text: dump(VALID_QUOTE) }],
    });
    expect(problems).toEqual([]);
  });

  it('refuses every generated broken quote with a message located by file and field, never an exception', () => {
    fc.assert(
      fc.property(brokenQuote, (quote) => check(dump(quote))),
      { numRuns: 300 },
    );
  });

  it('refuses a stakeholder with arbitrary front matter and body, with located messages, never an exception', () => {
    const frontMatter = fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { maxKeys: 4 });
    fc.assert(
      fc.property(frontMatter, fc.string(), (fields, body) =>
        check(`---\n${dump(fields)}---\n${body}`, 'stakeholders', 'content/stakeholders/fuzzed.mdx'),
      ),
      { numRuns: 200 },
    );
  });

  it('refuses arbitrary text as a quote file with a located message, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (text) => check(text)),
      { numRuns: 300 },
    );
  });
});

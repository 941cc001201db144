import { dump, load } from 'js-yaml';
import { copyContent, type ContentCopy } from './content-copy.ts';

const OFFENDING =
  'The offending will continue, the images of children being abused will proliferate – but the company intends to blind itself to this problem through end-to-end encryption which prevents all access to messaging content.';

interface QuoteYaml {
  text: string;
  variants: { source: string; text: string; passage?: string; paragraph?: number }[];
}

/**
 * The fixture record (or the copy of it given) with three kinds of wording it lacks, for tests of
 * how far a wording can be checked: ITV's wording of Patel's "offending" sentence given in full,
 * though ITV's opening excerpt is cut inside it; ITV listed as printing "This is not acceptable.",
 * which lies beyond its excerpt; and DIGIT with no snapshot at all. Quote hashes are left out of
 * the copy, so that these changes need no correction.
 */
export async function contentWithExcerpts(content?: ContentCopy): Promise<string> {
  content ??= await copyContent();
  const edit = async (file: string, change: (data: QuoteYaml) => void) => {
    const data = load(await content.read(file)) as QuoteYaml;
    change(data);
    await content.write(file, dump(data, { lineWidth: -1 }));
  };
  await edit('quotes/patel-facebook-blind-itself.yaml', (quote) => {
    const itv = quote.variants.find((v) => v.source === 'itv-news-2021-04-19' && v.text.startsWith('The offending'))!;
    itv.text = OFFENDING;
    itv.passage = quote.text.slice(quote.text.indexOf('The offending'));
  });
  await edit('quotes/patel-not-acceptable.yaml', (quote) => {
    quote.variants.push({
      source: 'itv-news-2021-04-19',
      text: 'This is not acceptable.',
      passage: 'This is not acceptable.',
    });
  });
  await content.edit('sources/digit-2021-04.yaml', (text) => text.replace(/^snapshot:\n(  .*\n)+/m, ''));
  await content.remove('quote-hashes.json');
  return content.dir;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { copyContent } from './content-copy';

const OFFENDING =
  'The offending will continue, the images of children being abused will proliferate – but the company intends to blind itself to this problem through end-to-end encryption which prevents all access to messaging content.';
const SADLY =
  'Sadly, at a time when we need to be taking more action, Facebook are pursuing end-to-end encryption plans that place the good work and progress achieved so far in jeopardy,';

/**
 * The real record, with ITV's and Computer Weekly's snapshots named as the opening excerpts they
 * are, and the two outlets' wordings of Patel's first passage as their excerpts print them: ITV's
 * excerpt is cut inside the "offending" sentence, Computer Weekly's holds the "Sadly" one whole.
 */
export async function contentWithExcerpts(): Promise<string> {
  const content = await copyContent();
  const addSnapshot = async (source: string, snapshot: string) => {
    const file = path.join(content.dir, 'sources', `${source}.yaml`);
    await content.write(`sources/${source}.yaml`, `${await readFile(file, 'utf8')}snapshot:\n${snapshot}`);
  };
  await addSnapshot('itv-news-2021-04-19', '  file: itv-news-2021-04-19.txt\n  excerpt: true\n');
  await addSnapshot('computer-weekly-2021-04-18', '  file: computer-weekly-2021-04-18.txt\n  excerpt: true\n  headline: false\n');
  const quoteFile = path.join(content.dir, 'quotes/patel-facebook-blind-itself.yaml');
  const quote = await readFile(quoteFile, 'utf8');
  const variants = quote.indexOf('variants:');
  await content.write(
    'quotes/patel-facebook-blind-itself.yaml',
    quote.slice(0, variants) +
      ['variants:', '  - source: itv-news-2021-04-19', `    text: "${OFFENDING}"`, '  - source: computer-weekly-2021-04-18', `    text: "${SADLY}"`, '  - source: digit-2021-04', `    text: "${SADLY}"`].join('\n') +
      '\n',
  );
  return content.dir;
}


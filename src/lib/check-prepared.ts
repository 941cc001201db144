import type { ContentProblem } from './curator-error';
import type { Entry, RecordInput } from './record-types';
import type { Quote } from '../schemas/quote';

function fileOf(quote: Entry<Quote>): string {
  return quote.filePath ?? `content/quotes/${quote.id}`;
}

/**
 * Checks what ties a delivered version to the text released in advance: the pages compare the
 * two passage by passage, so each passage must be copied exactly from the text it names.
 */
export function checkPrepared(input: RecordInput): ContentProblem[] {
  const quotes = new Map(input.quotes.map((q) => [q.id, q]));
  const problems: ContentProblem[] = [];
  for (const quote of input.quotes) {
    const file = fileOf(quote);
    // Entries built by hand, as in unit tests, may carry no variants.
    quote.data.variants?.forEach((v, i) => {
      if (v.passage !== undefined && !quote.data.text.includes(v.passage)) {
        problems.push({
          file,
          field: `variants[${i}].passage`,
          message: 'the passage is not in the quote’s text: copy the part of `text` these words correspond to exactly, or leave passage out when they correspond to all of it',
        });
      }
    });
    const prepared = quote.data.prepared;
    if (!prepared) continue;
    const target = quotes.get(prepared.quote.id);
    if (!target) {
      problems.push({
        file,
        field: 'prepared.quote',
        message: `there is no quote "${prepared.quote.id}": use the name of a file in content/quotes/ (without its extension)`,
      });
    } else if (target.data.delivery !== 'prepared-remarks') {
      problems.push({
        file,
        field: 'prepared.quote',
        message: `"${target.id}" is not remarks released in advance (its delivery is ${target.data.delivery}): name the quote whose delivery is prepared-remarks`,
      });
    } else if (prepared.passage !== undefined && !target.data.text.includes(prepared.passage)) {
      problems.push({
        file,
        field: 'prepared.passage',
        message: `the passage is not in the text of "${target.id}": copy the part of its text these words correspond to exactly, or leave passage out when they correspond to all of it`,
      });
    }
    if (quote.data.delivery === 'prepared-remarks') {
      problems.push({
        file,
        field: 'prepared',
        message: 'remarks released in advance are not a delivered version of other remarks: remove prepared, or change delivery to how these words were given',
      });
    }
  }
  return problems;
}

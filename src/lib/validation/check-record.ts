import { SLUG_PATTERN } from '../../schemas/collections.ts';
import type { ContentProblem } from './content-problem.ts';
import type { CollectionName, Entry, RecordInput } from '../record/record-types.ts';
import type { Quote } from '../../schemas/quote.ts';
import { checkAliases, renamedIds } from './aliases.ts';
import { namedReferences } from './reference-fields.ts';

function fileOf(entry: Entry<unknown>, collection: CollectionName): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

function checkSlugs(input: RecordInput): ContentProblem[] {
  return (Object.keys(input) as CollectionName[]).flatMap((collection) =>
    input[collection]
      .filter((entry) => !SLUG_PATTERN.test(entry.id))
      .map((entry) => ({
        file: fileOf(entry, collection),
        field: '(file name)',
        message: `"${entry.id}" cannot be a permanent URL: rename the file using only lower-case letters, digits and hyphens (e.g. "${suggestSlug(entry.id)}")`,
      })),
  );
}

/** A slug a curator could use instead of an unsafe file name. */
export function suggestSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entry'
  );
}

function checkReferences(input: RecordInput): ContentProblem[] {
  const ids = Object.fromEntries(
    (Object.keys(input) as CollectionName[]).map((c) => [c, new Set(input[c].map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;
  // A curator who renames an entry as CONTRIBUTING says (its old name kept as an alias) meets
  // every reference to the old name here: each is told the new one.
  const renamed = renamedIds(input);
  const problems: ContentProblem[] = [];
  for (const collection of ['quotes', 'stakeholders', 'events', 'sources', 'claims'] as const) {
    for (const entry of input[collection]) {
      for (const { field, id, to } of namedReferences(collection, entry.data)) {
        if (ids[to].has(id)) continue;
        const kind = to.replace(/s$/, '');
        const now = renamed.get(`${to}/${id}`);
        problems.push({
          file: fileOf(entry, collection),
          field,
          message: now
            ? `the ${kind} "${id}" was renamed "${now}" (its old name is an alias in content/${to}/): write "${now}" here`
            : `there is no ${kind} "${id}": use the name of a file in content/${to}/ (without its extension), or add that file first`,
        });
      }
    }
  }
  return problems;
}

/**
 * A quote that failed its schema is in the record with its references alone (salvageReferences),
 * its faults reported on its own file: what another quote says of it cannot be checked.
 */
const isSalvaged = (quote: Entry<Quote>) => typeof quote.data.text !== 'string';

type QuotesById = Map<string, Entry<Quote>>;

/**
 * A passage names the part of another text a wording stands for, so it must be copied from that
 * text exactly; and a delivered version must point at remarks released in advance, on record.
 */
function checkPassages(input: RecordInput, quotes: QuotesById): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const q of input.quotes) {
    const file = fileOf(q, 'quotes');
    q.data.variants?.forEach((v, i) => {
      if (v.passage !== undefined && !q.data.text.includes(v.passage)) {
        problems.push({
          file,
          field: `variants[${i}].passage`,
          message: `the passage is not part of this quote's text: copy the words this variant stands for from text exactly, or leave passage out when it stands for the whole quote`,
        });
      }
    });
    const prepared = q.data.prepared;
    const target = prepared && quotes.get(prepared.quote.id);
    if (!prepared || !target) continue;
    if (target.id === q.id) {
      problems.push({
        file,
        field: 'prepared.quote',
        message:
          'a quote cannot be a delivered version of itself: name the quote that holds the text released in advance',
      });
      continue;
    }
    if (isSalvaged(target)) continue;
    if (target.data.delivery !== 'prepared-remarks') {
      problems.push({
        file,
        field: 'prepared.quote',
        message: `"${target.id}" is not remarks released in advance (its delivery is ${target.data.delivery}): name a quote whose delivery is prepared-remarks, or leave prepared out`,
      });
    } else if (prepared.passage !== undefined && !target.data.text.includes(prepared.passage)) {
      problems.push({
        file,
        field: 'prepared.passage',
        message: `the passage is not part of the text of "${target.id}": copy the words from that quote's text exactly, or leave passage out when this version stands for the whole of it`,
      });
    }
    // A withdrawn quote is on record nowhere but its own page: nothing on record may lean on it.
    if (target.data.withdrawn && !q.data.withdrawn) {
      problems.push({
        file,
        field: 'prepared.quote',
        message: `"${target.id}" is withdrawn, so this quote would point at text that is off the record: name the quote on record that holds the text released in advance, leave prepared out, or withdraw this quote too`,
      });
    }
  }
  return problems;
}

/** The quote a withdrawal sends readers to instead must be another, still on record. */
function checkReplacements(input: RecordInput, quotes: QuotesById): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const q of input.quotes) {
    const file = fileOf(q, 'quotes');
    const replacedBy = q.data.withdrawn?.replacedBy && quotes.get(q.data.withdrawn.replacedBy.id);
    if (!replacedBy) continue;
    if (replacedBy.id === q.id) {
      problems.push({
        file,
        field: 'withdrawn.replacedBy',
        message:
          'a withdrawn quote cannot replace itself: name the quote on record to cite instead, or leave replacedBy out',
      });
    } else if (!isSalvaged(replacedBy) && replacedBy.data.withdrawn) {
      problems.push({
        file,
        field: 'withdrawn.replacedBy',
        message: `"${replacedBy.id}" is withdrawn too: name a quote still on record${replacedBy.data.withdrawn.replacedBy ? ` (it names "${replacedBy.data.withdrawn.replacedBy.id}")` : ''}, or leave replacedBy out`,
      });
    }
  }
  return problems;
}

function checkAffiliationCycles(input: RecordInput): ContentProblem[] {
  const parent = new Map(input.stakeholders.map((s) => [s.id, s.data.affiliation?.id]));
  const problems: ContentProblem[] = [];
  for (const s of input.stakeholders) {
    const chain = [s.id];
    let next = parent.get(s.id);
    while (next && parent.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parent.get(next);
    }
    if (next === s.id) {
      problems.push({
        file: fileOf(s, 'stakeholders'),
        field: 'affiliation',
        message: `affiliations go round in a circle (${[...chain, s.id].join(' → ')}): remove the affiliation from one of them`,
      });
    }
  }
  return problems;
}

/** Everything that stops the record from being published, one problem per fault. */
export function checkRecord(input: RecordInput): ContentProblem[] {
  const quotes: QuotesById = new Map(input.quotes.map((q) => [q.id, q]));
  return [
    ...checkSlugs(input),
    ...checkReferences(input),
    ...checkAffiliationCycles(input),
    ...checkPassages(input, quotes),
    ...checkReplacements(input, quotes),
    ...checkAliases(input),
  ];
}

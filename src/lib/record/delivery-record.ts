import type { Presentation } from '../../schemas/variant.ts';
import type { ArchiveRecord, Entry, Quote, Source } from './record.ts';
import { foldTypography } from '../wording/typography.ts';
import { diffWording, type WordingPart } from '../wording/word-diff.ts';

/**
 * What the record knows of remarks released in advance: which outlets printed the advance text,
 * and which report the words as said, and in what wording. Prepared remarks are not known to
 * have been spoken until a report says so; this module works out, passage by passage, whether
 * one does.
 */

/** A wording an outlet printed, set against the part of the prepared text it corresponds to. */
export interface Printing {
  source: Entry<Source>;
  /** The words as that outlet prints them. */
  text: string;
  /** The part of the prepared text they correspond to (the whole text when not narrowed). */
  passage: string;
  /** The delivered quote these words are on record as, or are another outlet's wording of. */
  quote?: Entry<Quote>;
  /** True when the words are an outlet's wording recorded as a variant, not a quote's own text. */
  variant: boolean;
}

/** A version reported as said, compared word by word with its prepared passage. */
export interface DeliveredVersion extends Printing {
  /** From the prepared passage (before) to the delivered words (after). */
  parts: WordingPart[];
  /** True when the words differ from the passage in no more than typography. */
  sameWords: boolean;
}

/** One stretch of the prepared text, and the versions reported as said for exactly it. */
export interface PreparedPassage {
  passage: string;
  delivered: DeliveredVersion[];
}

/** Everything known of one prepared quote's delivery. */
export interface DeliveryRecord {
  prepared: Entry<Quote>;
  /** Outlets that printed the text as released in advance: the quote's own source first. */
  inAdvance: Printing[];
  /** Outlets that printed the words without saying whether in advance or as said. */
  unstated: Printing[];
  /** The prepared text in passages, in text order; a passage with no version was not reported as said. */
  passages: PreparedPassage[];
  /** Every version reported as said, in the order of `passages`. */
  delivered: DeliveredVersion[];
  /** Prepared words no report gives as said, in text order (empty when every word is covered). */
  undelivered: string[];
}

type DeliverySource = Pick<ArchiveRecord, 'source' | 'quote' | 'deliveredVersionsOf'>;

/**
 * True when two wordings are the same words: only quotation-mark, dash and space forms differ,
 * or the punctuation that ends them. A report that quotes a sentence inside its own ("…severely
 * hampered," Patel told the audience) turns its full stop into a comma; the words are the same.
 */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) => foldTypography(text).replace(/[\s.,;:!?]+$/, '');
  return words(a) === words(b);
}

function compare(printing: Printing): DeliveredVersion {
  return {
    ...printing,
    parts: diffWording(printing.passage, printing.text),
    sameWords: sameWords(printing.passage, printing.text),
  };
}

/** Where a passage stands in the prepared text; a passage not found there sorts last. */
function offsetOf(text: string, passage: string): { from: number; to: number } {
  const from = text.indexOf(passage);
  return from < 0 ? { from: text.length, to: text.length } : { from, to: from + passage.length };
}

/** Changed words separated only by spaces, as one changed stretch: a reworded phrase, not several words. */
function joinChangedRuns(parts: WordingPart[]): WordingPart[] {
  const joined: WordingPart[] = [];
  for (const [i, part] of parts.entries()) {
    const last = joined.at(-1);
    const next = parts[i + 1];
    if (part.kind === 'same' && /^\s+$/.test(part.text) && last?.kind === 'changed' && next?.kind === 'changed') {
      last.before += part.text;
      last.after += part.text;
    } else if (part.kind === 'changed' && last?.kind === 'changed') {
      last.before += part.before;
      last.after += part.after;
    } else joined.push({ ...part });
  }
  return joined;
}

/**
 * The part of `before` that stands where `part` stands in `after`, two wordings of the same words
 * aligned word by word; where `part` begins or ends inside a changed stretch, the whole of that
 * stretch of `before` is taken. The whole of `before` when `part` is not in `after`.
 */
export function correspondingPart(before: string, after: string, part: string): string {
  const from = after.indexOf(part);
  if (from < 0) return before;
  const to = from + part.length;
  let start: number | undefined;
  let end = before.length;
  let b = 0;
  let a = 0;
  for (const p of joinChangedRuns(diffWording(before, after))) {
    const [beforeText, afterText] = p.kind === 'same' ? [p.text, p.text] : [p.before, p.after];
    const inside = (at: number) => at >= a && at < a + afterText.length;
    if (start === undefined && inside(from)) start = p.kind === 'same' ? b + (from - a) : b;
    if (inside(to - 1)) {
      end = p.kind === 'same' ? b + (to - a) : b + beforeText.length;
      break;
    }
    b += beforeText.length;
    a += afterText.length;
  }
  return before.slice(start ?? 0, end).trim() || before;
}

/** True when a delivered quote's outlet-variant presents its words as said, or does not say. */
function reportsAsSaid(presented: Presentation | undefined): boolean {
  return presented !== 'in-advance';
}

/** The stretches of `text` that none of the ranges covers, trimmed, in order. */
function uncovered(text: string, ranges: { from: number; to: number }[]): string[] {
  const gaps: string[] = [];
  let at = 0;
  for (const { from, to } of [...ranges].sort((a, b) => a.from - b.from)) {
    if (from > at) gaps.push(text.slice(at, from));
    at = Math.max(at, to);
  }
  gaps.push(text.slice(at));
  // A gap of only spaces and marks between two covered sentences holds no words.
  return gaps.map((g) => g.trim()).filter((g) => /[\p{L}\p{N}]/u.test(g));
}

/** The delivery record of a prepared quote (delivery `prepared-remarks`). */
export function deliveryRecordOf(record: DeliverySource, prepared: Entry<Quote>): DeliveryRecord {
  const text = prepared.data.text;
  const variants = prepared.data.variants.map((v) => ({
    presented: v.presented,
    printing: { source: record.source(v.source.id), text: v.text, passage: v.passage ?? text, variant: true },
  }));
  const saidElsewhere: Printing[] = record.deliveredVersionsOf(prepared.id).flatMap((quote) => {
    const passage = quote.data.prepared?.passage ?? text;
    return [
      { source: record.source(quote.data.source.id), text: quote.data.text, passage, quote, variant: false },
      // Another outlet's wording of the delivered words corresponds to the same prepared passage,
      // or, when it gives only part of them, to the part of the passage those words stand for.
      ...quote.data.variants
        .filter((v) => reportsAsSaid(v.presented))
        .map((v) => ({
          source: record.source(v.source.id),
          text: v.text,
          passage: v.passage ? correspondingPart(passage, quote.data.text, v.passage) : passage,
          quote,
          variant: true,
        })),
    ];
  });
  const delivered = [...variants.filter((v) => v.presented === 'as-said').map((v) => v.printing), ...saidElsewhere]
    .map(compare)
    .sort((a, b) => offsetOf(text, a.passage).from - offsetOf(text, b.passage).from);

  const passages: PreparedPassage[] = [];
  for (const version of delivered) {
    const same = passages.find((p) => p.passage === version.passage);
    if (same) same.delivered.push(version);
    else passages.push({ passage: version.passage, delivered: [version] });
  }
  const undelivered = uncovered(
    text,
    passages.map((p) => offsetOf(text, p.passage)),
  );
  for (const gap of undelivered) passages.push({ passage: gap, delivered: [] });
  passages.sort((a, b) => offsetOf(text, a.passage).from - offsetOf(text, b.passage).from);

  return {
    prepared,
    inAdvance: [
      { source: record.source(prepared.data.source.id), text, passage: text, variant: false },
      ...variants.filter((v) => v.presented === 'in-advance').map((v) => v.printing),
    ],
    unstated: variants.filter((v) => v.presented === undefined).map((v) => v.printing),
    passages,
    delivered: passages.flatMap((p) => p.delivered),
    undelivered,
  };
}

/** What a delivered quote's page shows of the text released in advance. */
export interface AdvanceText {
  prepared: Entry<Quote>;
  /** The prepared passage this quote is a version of. */
  passage: string;
  /** This quote compared word by word with that passage. */
  version: DeliveredVersion;
  /** Outlets that printed the advance text of this passage (or of part of it). */
  inAdvance: Printing[];
}

/** For a quote reported as delivered (`prepared` set): the text released in advance; else undefined. */
export function advanceTextOf(record: DeliverySource, quote: Entry<Quote>): AdvanceText | undefined {
  if (!quote.data.prepared) return undefined;
  const prepared = record.quote(quote.data.prepared.quote.id);
  const delivery = deliveryRecordOf(record, prepared);
  const passage = quote.data.prepared.passage ?? prepared.data.text;
  const range = offsetOf(prepared.data.text, passage);
  const overlaps = (p: Printing) => {
    const other = offsetOf(prepared.data.text, p.passage);
    return other.from < range.to && range.from < other.to;
  };
  return {
    prepared,
    passage,
    version: compare({
      source: record.source(quote.data.source.id),
      text: quote.data.text,
      passage,
      quote,
      variant: false,
    }),
    inAdvance: delivery.inAdvance.filter(overlaps),
  };
}

/** Who reports a prepared text as said, and how much of it: what the top of its page says. */
export interface DeliverySummary {
  /** Outlets that give some of the words as said, word for word. */
  sameWords: Entry<Source>[];
  /** Outlets that give some of the words as said in other wording. */
  otherWords: Entry<Source>[];
  /** The passages some report gives as said, when that is not the whole text; else empty. */
  reportedParts: string[];
}

function distinctSources(versions: DeliveredVersion[]): Entry<Source>[] {
  return [...new Map(versions.map((v) => [v.source.id, v.source])).values()];
}

/** Sums up a delivery record (see DeliverySummary). */
export function summariseDelivery(delivery: DeliveryRecord): DeliverySummary {
  const partial = delivery.delivered.length > 0 && delivery.undelivered.length > 0;
  return {
    sameWords: distinctSources(delivery.delivered.filter((v) => v.sameWords)),
    otherWords: distinctSources(delivery.delivered.filter((v) => !v.sameWords)),
    reportedParts: partial ? delivery.passages.filter((p) => p.delivered.length > 0).map((p) => p.passage) : [],
  };
}

/**
 * The remarks released in advance for an event: its prepared quotes, and those its delivered
 * quotes are versions of, in the order their sources print them.
 */
export function preparedQuotesAt(record: Pick<ArchiveRecord, 'quotesAt' | 'quote'>, eventId: string): Entry<Quote>[] {
  const quotes = record.quotesAt(eventId);
  const ids = new Set([
    ...quotes.filter((q) => q.data.delivery === 'prepared-remarks').map((q) => q.id),
    ...quotes.flatMap((q) => (q.data.prepared ? [q.data.prepared.quote.id] : [])),
  ]);
  return [...ids]
    .map((id) => record.quote(id))
    .sort((a, b) => a.data.source.id.localeCompare(b.data.source.id) || a.data.paragraph - b.data.paragraph);
}

import type { PartialDate } from '../../schemas/partial-date.ts';
import { isFinding } from '../../schemas/quote.ts';
import { formatPartialDate } from '../wording/format-date.ts';
import { CORRECTION_LABELS } from '../wording/correction-labels.ts';
import { DELIVERY_LABELS, isSpeakersOwnWords } from '../wording/delivery-labels.ts';
import { absoluteUrl, paths } from '../record/paths.ts';
import { eventDateWords } from '../wording/event-date.ts';
import { nameWithRole } from '../wording/name-with-role.ts';
import { quoteTitle } from '../wording/titles.ts';
import type { ArchiveRecord, Entry, Quote } from '../record/record.ts';

/** One entry of a feed: a quote, or a correction to one of its facts, each with its own date. */
export interface FeedItem {
  title: string;
  /** Absolute permanent URL; also the item's guid. */
  link: string;
  /** Plain text; quotation words verbatim. */
  description: string;
  /** Only for a day-precise date (see `feedPubDate`). */
  pubDate?: Date;
  /** The date the item is ordered by, as precisely as known. */
  date: PartialDate | undefined;
}

/**
 * RSS needs a full timestamp, which a month- or year-precise date does not have. Rather than
 * invent a day, such items carry no pubDate (it is optional in RSS 2.0); their date is given in
 * words in the description, and the feed's order still follows it.
 */
export function feedPubDate(date: PartialDate | undefined): Date | undefined {
  return date?.precision === 'day' ? new Date(`${date.iso}T00:00:00Z`) : undefined;
}

/**
 * What every item about a quote names it by: its speaker, whether the words are the speaker's own,
 * its title, and its words as an item quotes them (in quotation marks when they are the speaker's).
 */
function quoteWording(record: Pick<ArchiveRecord, 'stakeholder'>, quote: Entry<Quote>) {
  const speaker = record.stakeholder(quote.data.speaker.id).data.name;
  const own = isSpeakersOwnWords(quote.data.delivery);
  return {
    speaker,
    own,
    title: quoteTitle(speaker, quote.data.text, own),
    words: own ? `“${quote.data.text}”` : quote.data.text,
  };
}

/**
 * A quote as a feed item: who (in the role the words were given in), the words verbatim, when
 * (as known), how delivered, at which event, from where.
 */
export function quoteFeedItem(
  record: Pick<ArchiveRecord, 'stakeholder' | 'source' | 'quoteDate' | 'quoteRole' | 'event'>,
  quote: Entry<Quote>,
  site: string,
  base: string,
): FeedItem {
  const { speaker, own, title, words } = quoteWording(record, quote);
  const source = record.source(quote.data.source.id).data;
  const { date, fromSource } = record.quoteDate(quote);
  const when = `${formatPartialDate(date)}${fromSource ? ' (date of the source)' : ''}`;
  const releasedBy = quote.data.releasedBy && record.stakeholder(quote.data.releasedBy.id).data.name;
  const who = nameWithRole(speaker, record.quoteRole(quote));
  const event = quote.data.event && record.event(quote.data.event.id).data;
  return {
    title,
    link: absoluteUrl(paths.quote(quote.id), site, base),
    description: [
      own ? `${who}: ${words}` : `${who}, as reported: ${words}`,
      `${when}. ${DELIVERY_LABELS[quote.data.delivery].label}.`,
      ...(event ? [`Event: ${event.name}, ${eventDateWords(event)}.`] : []),
      ...(isFinding(quote.data.delivery)
        ? [`Run by ${speaker}; ${releasedBy ? `released by ${releasedBy}` : 'who released it is not stated'}.`]
        : []),
      `Source: ${source.title ?? source.publication}, ${source.publication}, paragraph ${quote.data.paragraph}.`,
    ].join('\n\n'),
    pubDate: feedPubDate(date),
    date,
  };
}

/** The fragment of a quote page that holds its n-th correction (counting from 0). */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/**
 * Every correction of a quote as a feed item, dated by the correction, linking to it on the page,
 * and titled by what it corrected (the words, the date, who said it, the source or the outlets).
 */
export function correctionFeedItems(
  record: Pick<ArchiveRecord, 'stakeholder'>,
  quote: Entry<Quote>,
  site: string,
  base: string,
): FeedItem[] {
  const { title, words } = quoteWording(record, quote);
  return quote.data.corrections.map((correction, i) => ({
    title: `${CORRECTION_LABELS[correction.field]}: ${title}`,
    link: `${absoluteUrl(paths.quote(quote.id), site, base)}#${correctionAnchor(i)}`,
    description: [
      `${CORRECTION_LABELS[correction.field]}, ${formatPartialDate(correction.date)}: ${correction.changed}`,
      `Why: ${correction.reason}`,
      correction.field === 'text' ? `The quotation now reads: ${words}` : `The quotation: ${words}`,
    ].join('\n\n'),
    pubDate: feedPubDate(correction.date),
    date: correction.date,
  }));
}

/**
 * A quote's withdrawal as a feed item, dated by the withdrawal and linking to the notice on its
 * page: a reader who was sent the quote is told it is off the record, and why.
 */
export function withdrawalFeedItem(
  record: Pick<ArchiveRecord, 'stakeholder' | 'quote'>,
  quote: Entry<Quote>,
  site: string,
  base: string,
): FeedItem {
  const withdrawal = quote.data.withdrawn!;
  const { title, words } = quoteWording(record, quote);
  const replacement = withdrawal.replacedBy && record.quote(withdrawal.replacedBy.id);
  return {
    title: `Withdrawn: ${title}`,
    link: `${absoluteUrl(paths.quote(quote.id), site, base)}#withdrawn`,
    description: [
      `Withdrawn from the record, ${formatPartialDate(withdrawal.date)}.`,
      `Why: ${withdrawal.reason}`,
      ...(replacement ? [`Cite instead: ${absoluteUrl(paths.quote(replacement.id), site, base)}`] : []),
      `The quotation: ${words}`,
    ].join('\n\n'),
    pubDate: feedPubDate(withdrawal.date),
    date: withdrawal.date,
  };
}

/** Items newest first; among items of one date, the more precisely dated first, then by link. */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  return [...items].sort(
    (a, b) => (b.date?.iso ?? '').localeCompare(a.date?.iso ?? '') || a.link.localeCompare(b.link),
  );
}

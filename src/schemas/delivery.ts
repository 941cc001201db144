// No schema library here: pages' scripts (search, feeds' labels) use these lists in the browser,
// and importing the quote schema would ship the whole of Zod with them.

/**
 * How the words reached the source. Prepared remarks were released before they were to be
 * spoken, so they are not known to have been said; a paraphrase is the source's own summary.
 * A poll or study finding is evidence about a claim, not a position taken in the debate.
 */
export const DELIVERIES = [
  'prepared-remarks',
  'speech-text',
  'spoken',
  'written-statement',
  'statement',
  'reported-speech',
  'poll-finding',
  'study-finding',
  'paraphrase',
] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Deliveries that record evidence (a poll or a study) rather than a party's position. */
export const FINDING_DELIVERIES: readonly Delivery[] = ['poll-finding', 'study-finding'];

/** Whether a quote records a finding (evidence about a claim) rather than a position. */
export function isFinding(delivery: Delivery): boolean {
  return FINDING_DELIVERIES.includes(delivery);
}

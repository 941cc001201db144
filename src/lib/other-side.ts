import type { Stance } from '../schemas/quote';
import type { ArchiveRecord, Claim, Entry, Quote } from './record';

/** For one claim a quote speaks to: the quotes that take another stance on it. */
export interface OtherSide {
  claim: Entry<Claim>;
  /** The stance of the quote being answered. */
  stance: Stance;
  /** Quotes taking the opposite stance first, then those qualifying or otherwise differing. */
  answers: { quote: Entry<Quote>; stance: Stance }[];
}

const OPPOSITE: Record<Stance, Stance | undefined> = {
  supports: 'disputes',
  disputes: 'supports',
  qualifies: undefined,
};

/**
 * The other side of a quote: for each claim it speaks to, every other quote on that claim whose
 * stance differs (a supporting quote is answered by disputing and qualifying ones; a qualifying
 * quote by supporting and disputing ones). Within a rank the record's order (newest first) holds.
 */
export function findOtherSide(
  record: Pick<ArchiveRecord, 'claim' | 'quotesOn'>,
  quote: Entry<Quote>,
): OtherSide[] {
  return quote.data.claims.map(({ claim, stance }) => {
    const answers = record
      .quotesOn(claim.id)
      .filter((other) => other.id !== quote.id)
      .flatMap((other) =>
        other.data.claims
          .filter((c) => c.claim.id === claim.id && c.stance !== stance)
          .map((c) => ({ quote: other, stance: c.stance })),
      );
    const rank = (s: Stance) => (s === OPPOSITE[stance] ? 0 : 1);
    return {
      claim: record.claim(claim.id),
      stance,
      answers: answers
        .map((a, order) => ({ a, order }))
        .sort((p, q) => rank(p.a.stance) - rank(q.a.stance) || p.order - q.order)
        .map((p) => p.a),
    };
  });
}

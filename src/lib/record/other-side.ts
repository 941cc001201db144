import { STANCES, type Stance } from '../../schemas/quote.ts';
import type { ArchiveRecord, Claim, Entry, Quote } from './record.ts';

/** The quotes taking one stance on a claim, newest first. */
export interface AnsweringStance {
  stance: Stance;
  quotes: Entry<Quote>[];
}

/** For one claim a quote speaks to: the quotes that take another stance on it. */
export interface OtherSide {
  claim: Entry<Claim>;
  /** The stance of the quote being answered. */
  stance: Stance;
  /** Each other stance taken on the claim, the opposite one first; stances nobody takes are left out. */
  answers: AnsweringStance[];
}

const OPPOSITE: Record<Stance, Stance | undefined> = {
  supports: 'disputes',
  disputes: 'supports',
  qualifies: undefined,
};

/**
 * The other side of a quote: for each claim it speaks to, the other quotes on that claim whose
 * stance differs (a supporting quote is answered by disputing and qualifying ones; a qualifying
 * quote by supporting and disputing ones), newest first. The record groups quotes by claim and
 * stance once, so a page takes its groups as they are rather than sifting every quote on a
 * contested claim (hundreds, for each of thousands of quote pages).
 */
export function findOtherSide(record: Pick<ArchiveRecord, 'claim' | 'quotesTaking'>, quote: Entry<Quote>): OtherSide[] {
  return quote.data.claims.map(({ claim, stance }) => {
    const rank = (s: Stance) => (s === OPPOSITE[stance] ? 0 : 1);
    const answers = STANCES.filter((s) => s !== stance)
      .sort((a, b) => rank(a) - rank(b))
      .map((s) => ({
        stance: s,
        // A quote may list a claim twice with different stances: it does not answer itself.
        quotes: record.quotesTaking(claim.id, s).filter((other) => other.id !== quote.id),
      }))
      .filter((group) => group.quotes.length > 0);
    return { claim: record.claim(claim.id), stance, answers };
  });
}

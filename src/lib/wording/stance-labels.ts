import type { Stance } from '../../schemas/quote.ts';
import type { Position } from '../record/record-types.ts';

/** Stances and positions in words and a symbol, so that colour is never the only signal. */
export const POSITION_LABELS: Record<Position, { label: string; symbol: string }> = {
  supports: { label: 'Supports', symbol: '✓' },
  disputes: { label: 'Disputes', symbol: '✗' },
  qualifies: { label: 'Qualifies', symbol: '~' },
  mixed: { label: 'Mixed', symbol: '±' },
};

export const STANCE_ORDER: Stance[] = ['supports', 'disputes', 'qualifies'];

/** What quotes holding a stance do to a claim, as a verb after a plural: "quotes that dispute it". */
export const STANCE_VERBS: Record<Stance, string> = {
  supports: 'support',
  disputes: 'dispute',
  qualifies: 'qualify',
};

/** What a party did to a claim, in the past tense: "Supported this in August 2021". */
export const STANCE_PAST: Record<Stance, string> = {
  supports: 'supported',
  disputes: 'disputed',
  qualifies: 'qualified',
};

/** Positions in the order pages list them; "mixed" last. */
export const POSITION_ORDER: Position[] = [...STANCE_ORDER, 'mixed'];

/** What a finding is to a claim, by the stance recorded: evidence, never a side taken. */
export const FINDING_BEARINGS: Record<Stance, string> = {
  supports: 'Evidence for',
  disputes: 'Evidence against',
  qualifies: 'Evidence that qualifies',
};

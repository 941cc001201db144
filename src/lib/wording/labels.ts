import type { CorrectedField } from '../../schemas/correction.ts';
import { isFinding, type Delivery } from '../../schemas/delivery.ts';
import type { Stance } from '../../schemas/quote.ts';
import type { Position } from '../record/record-types.ts';

/** How each delivery is named to readers, and what it means for how far the words can be trusted. */
export const DELIVERY_LABELS: Record<Delivery, { label: string; meaning: string }> = {
  'prepared-remarks': {
    label: 'Prepared remarks, released before the speech',
    meaning:
      'Words released in advance of a speech. They are not known to have been spoken as written.',
  },
  'speech-text': {
    label: 'Text of the speech, as the speaker’s office published it',
    meaning:
      'The speaker’s own published text of a speech. It does not say whether it is the text as prepared or as delivered.',
  },
  spoken: { label: 'Spoken', meaning: 'Words the source reports as spoken aloud.' },
  'written-statement': {
    label: 'Written statement',
    meaning: 'Words the speaker issued in writing.',
  },
  statement: {
    label: 'Statement (the source does not say whether written or spoken)',
    meaning:
      'Words the source attributes to the speaker with “said”, without saying how they were given.',
  },
  'reported-speech': {
    label: 'Reported speech: words quoted within the source’s own sentence',
    meaning:
      'A phrase the source puts in quotation marks inside its own sentence; the words around it are the source’s.',
  },
  'poll-finding': {
    label: 'Poll finding, as the source reports it',
    meaning: 'A result of a survey, in the source’s words: evidence about a claim, not a position taken in the debate.',
  },
  'study-finding': {
    label: 'Study finding, as the source reports it',
    meaning:
      'A result of research or of data gathered (such as answers to freedom-of-information requests), in the source’s words: evidence about a claim, not a position taken in the debate.',
  },
  paraphrase: {
    label: 'Paraphrase: the source’s summary, not the speaker’s own words',
    meaning:
      'The source’s own summary of what someone said or found, printed without quotation marks.',
  },
};

/** What each correction corrected, as its heading: "Correction to the date". */
export const CORRECTION_LABELS: Record<CorrectedField, string> = {
  text: 'Correction to the words',
  date: 'Correction to the date',
  speaker: 'Correction to who said it',
  source: 'Correction to the source',
  outlets: 'Correction to the outlets that printed it',
};

/** Whether the text is the speaker's own words (shown in quotation marks) or the source's. */
export function isSpeakersOwnWords(delivery: Delivery): boolean {
  return delivery !== 'paraphrase' && !isFinding(delivery);
}

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

export { countOf } from './count-of.ts';

/** Human names for the kinds used in schemas ("government-body" → "government body"). */
export function kindLabel(kind: string): string {
  return kind.replace(/-/g, ' ');
}

/** What a finding is to a claim, by the stance recorded: evidence, never a side taken. */
export const FINDING_BEARINGS: Record<Stance, string> = {
  supports: 'Evidence for',
  disputes: 'Evidence against',
  qualifies: 'Evidence that qualifies',
};

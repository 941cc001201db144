import type { CorrectedField } from '../../schemas/correction.ts';

/** What each correction corrected, as its heading: "Correction to the date". */
export const CORRECTION_LABELS: Record<CorrectedField, string> = {
  text: 'Correction to the words',
  date: 'Correction to the date',
  speaker: 'Correction to who said it',
  source: 'Correction to the source',
  outlets: 'Correction to the outlets that printed it',
};

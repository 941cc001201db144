import { isFinding, type Delivery } from '../../schemas/delivery.ts';

/** How each delivery is named to readers, and what it means for how far the words can be trusted. */
export const DELIVERY_LABELS: Record<Delivery, { label: string; meaning: string }> = {
  'prepared-remarks': {
    label: 'Prepared remarks, released before the speech',
    meaning: 'Words released in advance of a speech. They are not known to have been spoken as written.',
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
    meaning: 'Words the source attributes to the speaker with “said”, without saying how they were given.',
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
    meaning: 'The source’s own summary of what someone said or found, printed without quotation marks.',
  },
};

/** Whether the text is the speaker's own words (shown in quotation marks) or the source's. */
export function isSpeakersOwnWords(delivery: Delivery): boolean {
  return delivery !== 'paraphrase' && !isFinding(delivery);
}

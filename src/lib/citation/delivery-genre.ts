import type { Delivery } from '../../schemas/quote.ts';

/** How each delivery is described inside a citation (APA prints it in square brackets). */
export const DELIVERY_CITATION_GENRES: Record<Delivery, string> = {
  'prepared-remarks': 'Prepared remarks',
  'speech-text': 'Speech',
  spoken: 'Remarks',
  'written-statement': 'Written statement',
  statement: 'Statement',
  'reported-speech': 'Quoted words',
  'poll-finding': 'Poll finding, as reported',
  'study-finding': 'Study finding, as reported',
  paraphrase: 'Paraphrase, as reported',
};

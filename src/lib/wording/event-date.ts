import type { RecordEvent } from '../../schemas/event.ts';
import { formatPartialDate } from './format-date.ts';

/** What an event with no date shows: an event's date is left out only when no source prints its year. */
export const EVENT_DATE_UNKNOWN = 'year not printed';

/** "4 October 2019 to 9 December 2019", "19 April 2021", or "year not printed". */
export function eventDateWords(event: Pick<RecordEvent, 'date' | 'until'>): string {
  if (!event.date) return EVENT_DATE_UNKNOWN;
  return event.until
    ? `${formatPartialDate(event.date)} to ${formatPartialDate(event.until)}`
    : formatPartialDate(event.date);
}

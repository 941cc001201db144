import type { PartialDate } from '../../schemas/partial-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date in words, no more precise than known: "2021", "April 2021", "19 April 2021". */
export function formatPartialDate(date: PartialDate | undefined): string {
  if (!date) return 'Date not known';
  const [year, month, day] = date.iso.split('-').map(Number);
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

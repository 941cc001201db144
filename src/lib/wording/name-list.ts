const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "ITV News, Computer Weekly and DIGIT": names joined as a sentence would join them. */
export function joinNames(names: string[]): string {
  return LIST.format(names);
}

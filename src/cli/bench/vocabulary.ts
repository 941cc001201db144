import type { Random } from './random.ts';

/**
 * Words the synthetic quotations are made of: the debate's own vocabulary, so that the fixed
 * benchmark queries match a realistic share of the archive, plus common words for bulk.
 */
const TOPIC_WORDS = [
  'encryption', 'end-to-end', 'children', 'child', 'safety', 'privacy', 'abuse', 'detection',
  'platforms', 'messaging', 'backdoor', 'security', 'law', 'enforcement', 'grooming', 'images',
  'scanning', 'regulation', 'government', 'companies', 'users', 'reports', 'evidence', 'risk',
  'police', 'technology', 'design', 'duty', 'online', 'harm', 'protection', 'surveillance',
  'metadata', 'victims', 'offenders', 'investigation', 'prevention', 'accountability', 'trust',
  'vulnerabilities', 'hackers', 'criminals', 'rights', 'parents', 'schools', 'research',
];
const COMMON_WORDS = [
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'we', 'it', 'for', 'on', 'be', 'with',
  'this', 'are', 'not', 'as', 'will', 'have', 'our', 'they', 'must', 'can', 'more', 'all',
  'would', 'every', 'without', 'should', 'could', 'those', 'their', 'because', 'when', 'now',
  'still', 'never', 'already', 'far', 'too', 'much', 'many', 'people', 'year', 'work', 'plans',
];
export const FIRST_NAMES = [
  'Ada', 'Bola', 'Carys', 'Dev', 'Elif', 'Farah', 'Gareth', 'Hana', 'Ivo', 'Jun', 'Kwame',
  'Lena', 'Marek', 'Nia', 'Omar', 'Petra', 'Quinn', 'Rosa', 'Sunil', 'Tove', 'Uma', 'Viktor',
];
export const LAST_NAMES = [
  'Abara', 'Brennan', 'Castell', 'Dunmore', 'Ekwueme', 'Fairlie', 'Gallo', 'Haddad', 'Ingram',
  'Jensen', 'Kowal', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Pryce', 'Quarshie', 'Rahman',
];
export const ORGANISATION_WORDS = [
  'Alliance', 'Foundation', 'Institute', 'Network', 'Trust', 'Council', 'Forum', 'Coalition',
];

/** A sentence of n words, mostly common words with topic words mixed in. */
export function sentence(random: Random, n: number): string {
  const words = Array.from({ length: n }, () =>
    random.chance(0.35) ? random.pick(TOPIC_WORDS) : random.pick(COMMON_WORDS),
  );
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

/** A paragraph of several sentences, for MDX bodies and quotations. */
export function paragraph(random: Random, sentences: number, wordsEach = 14): string {
  return Array.from({ length: sentences }, () =>
    sentence(random, wordsEach - 4 + random.int(9)),
  ).join(' ');
}

/** Ten fixed queries a reader might type, drawn from the topic words above. */
export const BENCH_QUERIES = [
  'encryption',
  'child safety',
  'backdoor',
  'grooming images',
  'law enforcement',
  'privacy rights',
  'metadata',
  'surveillance',
  'abuse reports',
  'vulnerabilities hackers',
];

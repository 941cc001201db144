import type { CslDate, CslItem } from './csl-item.ts';
import type { Citations } from './format-citations.ts';

/**
 * Citations give the day of the build as the day the page was accessed, so formatted citations
 * kept under a key that held the date would all be formatted again the next day. They are kept
 * as formatted with this stand-in date instead, and given the build's date when read. Its year
 * is one no citation of this archive prints otherwise; if a kept text holds it anywhere but in
 * the date's one rendering, the item is formatted with the real date instead.
 */
export const STAND_IN_ACCESSED: CslDate = { 'date-parts': [[1111, 11, 11]] };
const STAND_IN_YEAR = String(STAND_IN_ACCESSED['date-parts'][0][0]);

/** A second stand-in, unlike the first in every part, so that where the two differ is the whole date. */
export const OTHER_STAND_IN_ACCESSED: CslDate = { 'date-parts': [[2222, 2, 22]] };

/** Every text a Citations holds, by the name of its form: each style's, then the three files'. */
function textsOf(citations: Citations): Record<string, string> {
  const { styles, bibtex, ris, csljson } = citations;
  return {
    ...Object.fromEntries(Object.entries(styles).map(([key, text]) => [`style:${key}`, text])),
    bibtex,
    ris,
    csljson,
  };
}

/** Citations of the same forms, each text changed by `change`; undefined if any change is. */
function mapTexts(
  citations: Citations,
  change: (text: string, form: string) => string | undefined,
): Citations | undefined {
  const texts: Record<string, string> = {};
  for (const [form, text] of Object.entries(textsOf(citations))) {
    const changed = change(text, form);
    if (changed === undefined) return undefined;
    texts[form] = changed;
  }
  const styles = Object.fromEntries(Object.keys(citations.styles).map((key) => [key, texts[`style:${key}`]]));
  return { styles: styles as Citations['styles'], bibtex: texts.bibtex, ris: texts.ris, csljson: texts.csljson };
}

/**
 * How one form prints the access date: the stand-in's text and the real date's, or `null` when
 * the form does not print it for this type of item.
 */
export type DateRendering = { from: string; to: string } | null;
export type AccessDateRenderings = Record<string, DateRendering>;

/**
 * The item whose citations show how each form prints an access date: a minimal item of the type,
 * with an address and no date of its own, so that the styles that print an access date print it.
 */
export function probeItem(type: string, accessed: CslDate): CslItem {
  return {
    id: 'probe',
    'citation-key': 'probe',
    type,
    title: 'Probe',
    'container-title': 'Probe',
    URL: 'https://probe.example/',
    accessed,
    language: 'en',
  };
}

/**
 * Where one form's text differs between the two stand-ins is the date's whole rendering; the
 * real date's is what stands in the same place of its text. Undefined when the real date's
 * text does not share the surroundings (the form prints it some other way), or the rendering
 * leaves out the year.
 */
export function dateRendering(withStandIn: string, withOther: string, withDate: string): DateRendering | undefined {
  if (withStandIn === withOther) return withDate === withStandIn ? null : undefined;
  let start = 0;
  while (withStandIn[start] === withOther[start]) start++;
  let end = 0;
  const room = Math.min(withStandIn.length, withOther.length) - start;
  while (end < room && withStandIn.at(-1 - end) === withOther.at(-1 - end)) end++;
  const prefix = withStandIn.slice(0, start);
  const suffix = withStandIn.slice(withStandIn.length - end);
  if (!withDate.startsWith(prefix) || !withDate.endsWith(suffix) || withDate.length < start + end) return undefined;
  const from = withStandIn.slice(start, withStandIn.length - end);
  // Without the year, the text found could be words of the item's own ("on 11 Nov.").
  if (!from.includes(STAND_IN_YEAR)) return undefined;
  return { from, to: withDate.slice(start, withDate.length - end) };
}

/** The renderings of every form, from the citations of the probe with each stand-in and with the date. */
export function dateRenderings(
  withStandIn: Citations,
  withOther: Citations,
  withDate: Citations,
): AccessDateRenderings | undefined {
  const [other, date] = [textsOf(withOther), textsOf(withDate)];
  const renderings: AccessDateRenderings = {};
  for (const [form, text] of Object.entries(textsOf(withStandIn))) {
    const rendering = dateRendering(text, other[form], date[form]);
    if (rendering === undefined) return undefined;
    renderings[form] = rendering;
  }
  return renderings;
}

/** One kept text with the real date, or undefined when the stand-in is not where the probe put it. */
export function withAccessDate(text: string, rendering: DateRendering): string | undefined {
  if (rendering === null) return text.includes(STAND_IN_YEAR) ? undefined : text;
  const parts = text.split(rendering.from);
  if (parts.length > 2 || parts.some((part) => part.includes(STAND_IN_YEAR))) return undefined;
  return parts.join(rendering.to);
}

/**
 * Kept citations, formatted with the stand-in date, as they are with the real one; undefined
 * when any form cannot be given it safely, and the item must be formatted with the date itself.
 */
export function citationsWithAccessDate(kept: Citations, renderings: AccessDateRenderings): Citations | undefined {
  return mapTexts(kept, (text, form) => (form in renderings ? withAccessDate(text, renderings[form]) : undefined));
}

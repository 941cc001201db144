import { z } from 'astro/zod';
import { AliasesSchema } from './aliases.ts';
import { PartialDateSchema } from './partial-date.ts';
import type { ReferenceFactory } from './reference.ts';
import { CorrectionSchema } from './correction.ts';
import { TextSchema } from './text.ts';
import { VariantSchema } from './variant.ts';
import { DELIVERIES } from './delivery.ts';
import { WithdrawalSchema } from './withdrawal.ts';

export { DELIVERIES, FINDING_DELIVERIES, isFinding, type Delivery } from './delivery.ts';

/** The remarks released in advance that a delivered quote is a version of. */
export function PreparedTextSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** Id of the quote holding the text released in advance (delivery: prepared-remarks). */
    quote: reference('quotes'),
    /**
     * The part of that quote's text this version corresponds to, copied from it exactly; omit
     * when it corresponds to the whole text.
     */
    passage: TextSchema('prepared.passage').optional(),
  });
}

/** How a quote bears on a claim. */
export const STANCES = ['supports', 'disputes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

/** A claim a quote speaks to, and how. */
export function QuoteClaimSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** Id of the claim (its file name in `content/claims/`). */
    claim: reference('claims'),
    /** Whether the quote supports, disputes or qualifies the claim. */
    stance: z.enum(STANCES, { error: `stance must be one of: ${STANCES.join(', ')}` }),
  });
}

/** One quotation: one YAML file in `content/quotes/`; the file name is its permanent slug. */
export function QuoteSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** The words exactly as the source prints them: curly quotes, dashes and brackets kept. */
    text: TextSchema('text'),
    /** Who the words belong to (a stakeholder id). */
    speaker: reference('stakeholders'),
    /**
     * The speaker's role on the date of the words, as the source gives it ("Home Secretary").
     * Give it whenever the speaker's stakeholder entry has no role of its own, or held another
     * role then: a minister's title changes, and 2019 words must not carry a 2023 title.
     */
    role: TextSchema('role').optional(),
    /** The organisation the speaker spoke for, when the source says so. */
    onBehalfOf: reference('stakeholders').optional(),
    /** The document the words are taken from (a source id). */
    source: reference('sources'),
    /** Paragraph of the source the words stand in, counting from 1 after the headline. */
    paragraph: z
      .number({ error: 'paragraph must be a whole number, counting from 1 after the headline' })
      .int('paragraph must be a whole number')
      .positive('paragraph counts from 1'),
    /** When the words were said or written; omit when the source does not say. */
    date: PartialDateSchema().optional(),
    /** How the words reached the source (see DELIVERIES). */
    delivery: z.enum(DELIVERIES, { error: `delivery must be one of: ${DELIVERIES.join(', ')}` }),
    /**
     * For words reported as delivered: the remarks released in advance they are a version of,
     * so that a reader sees both wordings and their differences; omit otherwise.
     */
    prepared: PreparedTextSchema(reference).optional(),
    /** For a finding: who released it, as the sources say (the speaker is who ran it). */
    releasedBy: reference('stakeholders').optional(),
    /** The event the words belong to, when there is one. */
    event: reference('events').optional(),
    /** The claims the quote speaks to, each with a stance. */
    claims: z.array(QuoteClaimSchema(reference)).default([]),
    /** A sentence or two of context in our own words. */
    context: TextSchema('context').optional(),
    /** Other sources that printed the same words, each in its own wording; none by default. */
    variants: z.array(VariantSchema(reference)).default([]),
    /**
     * Every change made to the quote's words, date, speaker, source or outlets after it was
     * first published, oldest first; none by default.
     */
    corrections: z.array(CorrectionSchema()).default([]),
    /**
     * Set when the quote is taken off the record: when, why and what to cite instead. Its page
     * stays, with the notice; omit while the quote is on record.
     */
    withdrawn: WithdrawalSchema(reference).optional(),
    /** Former ids of this entry, whose URLs redirect here (see AliasesSchema). */
    aliases: AliasesSchema(),
  });
}

export type Quote = z.output<ReturnType<typeof QuoteSchema>>;

import { z } from 'astro/zod';
import { AliasesSchema } from './aliases.ts';
import { TextSchema } from './text.ts';

/** What sort of proposition a claim is; `factual` is an empirical claim with no figure. */
export const CLAIM_KINDS = ['empirical-figure', 'factual', 'prediction', 'value-judgement', 'policy-demand'] as const;

/** A number a claim turns on, e.g. 70 per cent. */
export function FigureSchema() {
  return z.strictObject({
    /** The number itself. */
    value: z.number({ error: 'figure.value must be a number' }),
    /** What the number counts, e.g. "per cent"; printed after it. */
    unit: TextSchema('figure.unit'),
  });
}

/** A proposition argued over: one Markdown file (`.md`, or `.mdx` when it needs a component) in `content/claims/`, body = context. */
export function ClaimSchema() {
  return z.strictObject({
    /** One neutral sentence in our own words, e.g. "Encryption will hide most abuse reports." */
    statement: TextSchema('statement'),
    /** Empirical figure, prediction, value judgement or policy demand. */
    kind: z.enum(CLAIM_KINDS, { error: `kind must be one of: ${CLAIM_KINDS.join(', ')}` }),
    /** The figure, when the claim turns on a number; omit otherwise. */
    figure: FigureSchema().optional(),
    /** Former ids of this entry, whose URLs redirect here (see AliasesSchema). */
    aliases: AliasesSchema(),
  });
}

export type Claim = z.output<ReturnType<typeof ClaimSchema>>;

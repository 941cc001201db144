import { z } from 'astro/zod';
import { AliasesSchema } from './aliases.ts';
import type { ReferenceFactory } from './reference.ts';
import { citableWhole, commaInNameMessage, TextSchema } from './text.ts';

/** What kind of party a stakeholder is. */
export const STAKEHOLDER_KINDS = ['person', 'organisation', 'government-body', 'company', 'group'] as const;

/** Someone whose words are on record: one Markdown file (`.md`, or `.mdx` when it needs a component) in `content/stakeholders/`, body = profile. */
export function StakeholderSchema(reference: ReferenceFactory) {
  const fields = z.strictObject({
    /** Name as the sources give it, e.g. "Sir Peter Wanless". */
    name: TextSchema('name'),
    /** Person, organisation, government body, company, or a group of people ("privacy advocates"). */
    kind: z.enum(STAKEHOLDER_KINDS, {
      error: `kind must be one of: ${STAKEHOLDER_KINDS.join(', ')}`,
    }),
    /** Family name of a person, for citations ("Patel"); omit for anyone else, and when unsure. */
    familyName: TextSchema('familyName').optional(),
    /** Given name of a person, for citations ("Priti"); used only with familyName. */
    givenName: TextSchema('givenName').optional(),
    /**
     * Role as the sources give it ("CEO of the NSPCC"), for someone who held it through all their
     * words on record; omit when not given or when it changed, and give each quote its `role`.
     */
    role: TextSchema('role').optional(),
    /** The stakeholder this one belonged to or spoke for (Priti Patel → home-office). */
    affiliation: reference('stakeholders').optional(),
    /** One or two sentences in our own words saying who this is in the debate. */
    summary: TextSchema('summary'),
    /** Former ids of this entry, whose URLs redirect here (see AliasesSchema). */
    aliases: AliasesSchema(),
  });
  // A person with a family name is cited by it; anyone else is cited by the name whole.
  return fields.superRefine((stakeholder, ctx) => {
    if (stakeholder.familyName === undefined && !citableWhole(stakeholder.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: commaInNameMessage(', or, for a person, give familyName and givenName'),
      });
    }
  });
}

export type Stakeholder = z.output<ReturnType<typeof StakeholderSchema>>;

import { ClaimSchema } from '../schemas/claim';
import { EventSchema } from '../schemas/event';
import { plainReference } from '../schemas/plain-reference';
import { QuoteSchema } from '../schemas/quote';
import { SourceSchema } from '../schemas/source';
import { StakeholderSchema } from '../schemas/stakeholder';
import type { CollectionName } from './record-types';

/** The schemas `content.config.ts` gives Astro, with plain references, for checks outside a build. */
export const CONTENT_SCHEMAS = {
  sources: SourceSchema(plainReference),
  stakeholders: StakeholderSchema(plainReference),
  claims: ClaimSchema(),
  quotes: QuoteSchema(plainReference),
  events: EventSchema(plainReference),
} satisfies Record<CollectionName, unknown>;

/** Which files each collection folder holds, as in `content.config.ts`. */
export const COLLECTION_FILES: Record<CollectionName, RegExp> = {
  sources: /\.ya?ml$/,
  stakeholders: /\.mdx?$/,
  claims: /\.mdx?$/,
  quotes: /\.ya?ml$/,
  events: /\.ya?ml$/,
};

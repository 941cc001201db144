import { ClaimSchema } from '../../schemas/claim.ts';
import { EventSchema } from '../../schemas/event.ts';
import { plainReference } from '../../schemas/plain-reference.ts';
import { QuoteSchema } from '../../schemas/quote.ts';
import { SourceSchema } from '../../schemas/source.ts';
import { StakeholderSchema } from '../../schemas/stakeholder.ts';
import type { CollectionName } from '../../schemas/collections.ts';

/** The schemas `content.config.ts` gives Astro, with plain references, for checks outside a build. */
export const CONTENT_SCHEMAS = {
  sources: SourceSchema(plainReference),
  stakeholders: StakeholderSchema(plainReference),
  claims: ClaimSchema(),
  quotes: QuoteSchema(plainReference),
  events: EventSchema(plainReference),
} satisfies Record<CollectionName, unknown>;

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './settings.ts';
import { SourceSchema } from './schemas/source.ts';
import { StakeholderSchema } from './schemas/stakeholder.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { QuoteSchema } from './schemas/quote.ts';
import { EventSchema } from './schemas/event.ts';
import { COLLECTION_FILES, type CollectionName } from './schemas/collections.ts';
import { entryIdFromPath } from './lib/validation/entry-id.ts';

function folder(name: CollectionName) {
  return glob({ pattern: COLLECTION_FILES[name].glob, base: path.join(contentDir, name), generateId: entryIdFromPath });
}

// Each collection with its schema; `satisfies` holds this list to COLLECTIONS, and `reference`
// ties an entry to one in another collection.
export const collections = {
  sources: defineCollection({ loader: folder('sources'), schema: SourceSchema(reference) }),
  stakeholders: defineCollection({ loader: folder('stakeholders'), schema: StakeholderSchema(reference) }),
  claims: defineCollection({ loader: folder('claims'), schema: ClaimSchema() }),
  quotes: defineCollection({ loader: folder('quotes'), schema: QuoteSchema(reference) }),
  events: defineCollection({ loader: folder('events'), schema: EventSchema(reference) }),
} satisfies Record<CollectionName, unknown>;

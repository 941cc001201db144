import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './settings.ts';
import { SourceSchema } from './schemas/source.ts';
import { StakeholderSchema } from './schemas/stakeholder.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { QuoteSchema } from './schemas/quote.ts';
import { EventSchema } from './schemas/event.ts';
import { entryIdFromPath } from './lib/validation/entry-id.ts';

function folder(name: string, pattern: string) {
  return glob({ pattern, base: path.join(contentDir, name), generateId: entryIdFromPath });
}

export const collections = {
  sources: defineCollection({ loader: folder('sources', '**/*.{yaml,yml}'), schema: SourceSchema(reference) }),
  stakeholders: defineCollection({
    loader: folder('stakeholders', '**/*.{md,mdx}'),
    schema: StakeholderSchema(reference),
  }),
  claims: defineCollection({ loader: folder('claims', '**/*.{md,mdx}'), schema: ClaimSchema() }),
  quotes: defineCollection({
    loader: folder('quotes', '**/*.{yaml,yml}'),
    schema: QuoteSchema(reference),
  }),
  events: defineCollection({
    loader: folder('events', '**/*.{yaml,yml}'),
    schema: EventSchema(reference),
  }),
};

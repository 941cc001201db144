import type { Claim } from '../../schemas/claim.ts';
import type { RecordEvent } from '../../schemas/event.ts';
import type { Quote, Stance } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import type { Stakeholder } from '../../schemas/stakeholder.ts';

/** One entry of a collection as the record sees it: id (= slug), file, and parsed data. */
export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project root, for error messages. */
  filePath?: string;
  data: T;
}

/** The five collections, as loaded. */
export interface RecordInput {
  sources: Entry<Source>[];
  stakeholders: Entry<Stakeholder>[];
  claims: Entry<Claim>[];
  quotes: Entry<Quote>[];
  events: Entry<RecordEvent>[];
}

export type { CollectionName } from '../../schemas/collections.ts';

/** A stakeholder's overall position on a claim: one stance, or "mixed" when its quotes differ. */
export type Position = Stance | 'mixed';

import type { ArchiveRecord, Claim, Entry, Position, Stakeholder, StanceOnClaim } from './record.ts';

/** One claim on which two stakeholders are both on record, with each one's position. */
export interface ClaimComparison {
  claim: Entry<Claim>;
  mine: Position;
  theirs: Position;
}

/** How far another stakeholder goes along with this one, claim by claim. */
export interface Alignment {
  stakeholder: Entry<Stakeholder>;
  /** Claims on which both take the same (unmixed) position. */
  agreements: ClaimComparison[];
  /** Claims on which their positions differ; `opposed` counts supports against disputes. */
  disagreements: ClaimComparison[];
  opposed: number;
}

/** Who a stakeholder agrees and disagrees with most, strongest first. */
export interface Alignments {
  agreeMost: Alignment[];
  disagreeMost: Alignment[];
}

const isOpposed = (a: Position, b: Position) =>
  (a === 'supports' && b === 'disputes') || (a === 'disputes' && b === 'supports');

/** True when two stances rest on at least one shared quote: the same words cannot agree with themselves. */
function shareEvidence(a: StanceOnClaim, b: StanceOnClaim): boolean {
  const ids = new Set(a.quotes.map((q) => q.quote.id));
  return b.quotes.some((q) => ids.has(q.quote.id));
}

/**
 * Compares a stakeholder's positions with everyone else's, claim by claim. Claims where both are
 * on record through the same quote (a spokesperson and the body they speak for) are left out,
 * so that agreement always means two separate statements. At most `limit` of each are returned.
 */
export function findAlignments(
  record: Pick<ArchiveRecord, 'stancesOf' | 'stancesOn'>,
  stakeholderId: string,
  limit = 5,
): Alignments {
  const byOther = new Map<string, Alignment>();
  for (const mine of record.stancesOf(stakeholderId)) {
    for (const theirs of record.stancesOn(mine.claim.id)) {
      if (theirs.stakeholder.id === stakeholderId || shareEvidence(mine, theirs)) continue;
      const alignment = byOther.get(theirs.stakeholder.id) ?? {
        stakeholder: theirs.stakeholder,
        agreements: [],
        disagreements: [],
        opposed: 0,
      };
      const comparison = { claim: mine.claim, mine: mine.position, theirs: theirs.position };
      if (mine.position === theirs.position && mine.position !== 'mixed') {
        alignment.agreements.push(comparison);
      } else {
        alignment.disagreements.push(comparison);
        if (isOpposed(mine.position, theirs.position)) alignment.opposed += 1;
      }
      byOther.set(theirs.stakeholder.id, alignment);
    }
  }
  const all = [...byOther.values()];
  const byName = (a: Alignment, b: Alignment) => a.stakeholder.data.name.localeCompare(b.stakeholder.data.name);
  return {
    agreeMost: all
      .filter((a) => a.agreements.length > 0)
      .sort(
        (a, b) =>
          b.agreements.length - a.agreements.length || a.disagreements.length - b.disagreements.length || byName(a, b),
      )
      .slice(0, limit),
    disagreeMost: all
      .filter((a) => a.disagreements.length > 0)
      .sort((a, b) => b.opposed - a.opposed || b.disagreements.length - a.disagreements.length || byName(a, b))
      .slice(0, limit),
  };
}

/** Human names for the kinds used in schemas ("government-body" → "government body"). */
export function kindLabel(kind: string): string {
  return kind.replace(/-/g, ' ');
}

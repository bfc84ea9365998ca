// Room: renderer — which saved finding each finding of the live check is. The saved article's
// findings carry the checker's ids of the text as saved (`key`); while the text is unchanged the
// live ids are the same. After edits, offsets move and so do ids: a finding is then the saved one
// with the same kind, words, approved wording, theme and directive (the store links versions the
// same way), taken in text order when the same words occur twice.
import type { Finding } from '../../../../core/index.ts';
import type { StoredFinding } from '../../../../shared/auditSchemas.ts';

const identity = (kind: string, actual: string, expected: string | null, themeId: string | null, directive: string | null): string =>
  [kind, actual.normalize('NFC'), expected ?? '', themeId ?? '', directive ?? ''].join('\u0000');

/** The saved finding of each live finding that has one, by the live finding's id. */
export function matchStored(live: readonly Finding[], saved: readonly StoredFinding[]): Map<string, StoredFinding> {
  const matched = new Map<string, StoredFinding>();
  const byKey = new Map(saved.map((s) => [s.key, s]));
  const taken = new Set<number>();
  for (const finding of live) {
    const same = byKey.get(finding.id);
    if (same && same.kind === finding.kind) {
      matched.set(finding.id, same);
      taken.add(same.id);
    }
  }
  const byIdentity = new Map<string, StoredFinding[]>();
  for (const s of saved) {
    if (taken.has(s.id)) continue;
    const key = identity(s.kind, s.actual, s.expected, s.themeId, s.source?.directive ?? null);
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), s]);
  }
  for (const finding of [...live].sort((a, b) => a.start - b.start)) {
    if (matched.has(finding.id)) continue;
    const same = byIdentity.get(identity(finding.kind, finding.actual, finding.expected, finding.themeId ?? null, finding.source?.directive ?? null))?.shift();
    if (same) matched.set(finding.id, same);
  }
  return matched;
}

// The list of released factor-table versions, with each one's checksum, and for a version that
// renames factors of the previous one, which old factor each new one replaces.
import * as z from 'zod/mini';
import { schemaProblems } from './parse';
import { fail, ok, type Result } from './result';

export const RELEASES_FORMAT = 'carbone-evite/factor-releases@1';

const ReleaseSchema = z.object({
  id: z.string(),
  version: z.string(),
  /** tableChecksum of the released file. */
  checksum: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  /** Factors of the previous version that this one replaces under a new id (a newer edition of a series). */
  replaces: z.optional(z.object({ version: z.string(), factors: z.record(z.string(), z.string()) })),
});
export type Release = z.infer<typeof ReleaseSchema>;

export const ReleasesSchema = z.object({
  format: z.literal(RELEASES_FORMAT),
  releases: z.array(ReleaseSchema),
});
export type Releases = z.infer<typeof ReleasesSchema>;

/** The manifest read from JSON; every problem with its JSON path, so a damaged manifest is never taken for an empty one. */
export function parseReleases(input: unknown): Result<Releases> {
  const parsed = ReleasesSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(schemaProblems(parsed.error.issues));
}

/**
 * The renames from version `older` to version `newer`, following each release's `replaces` link back from
 * `newer` (a release that renames nothing links with an empty map); null when no chain joins them.
 */
function renamesAlong(releases: Releases, tableId: string, older: string, newer: string): Record<string, string> | null {
  const steps: Record<string, string>[] = [];
  const seen = new Set<string>();
  for (let version = newer; version !== older;) {
    const replaces = releases.releases.find((r) => r.id === tableId && r.version === version)?.replaces;
    if (!replaces || seen.has(version)) return null;
    seen.add(version);
    steps.unshift(replaces.factors);
    version = replaces.version;
  }
  // Composed oldest first: an id renamed twice maps from its first name to its last.
  const composed: Record<string, string> = {};
  for (const step of steps)
    for (const [from, to] of Object.entries(step)) {
      const origin = Object.keys(composed).find((id) => composed[id] === from) ?? from;
      composed[origin] = to;
    }
  return composed;
}

/**
 * Old factor id → new factor id when moving a scenario from version `from` to version `to` of a table:
 * the renames of every release between them, read backwards when going back to an older version.
 */
export function replacementsBetween(releases: Releases, tableId: string, from: string, to: string): Record<string, string> {
  const forward = renamesAlong(releases, tableId, from, to);
  if (forward) return forward;
  const backward = renamesAlong(releases, tableId, to, from);
  return backward ? Object.fromEntries(Object.entries(backward).map(([older, newer]) => [newer, older])) : {};
}

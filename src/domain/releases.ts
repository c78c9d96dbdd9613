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
 * Old factor id → new factor id when moving a scenario from version `from` to version `to` of a table:
 * the newer version's `replaces` map, read backwards when going back to the older version.
 */
export function replacementsBetween(releases: Releases, tableId: string, from: string, to: string): Record<string, string> {
  const release = (version: string) => releases.releases.find((r) => r.id === tableId && r.version === version);
  const forward = release(to)?.replaces;
  if (forward?.version === from) return { ...forward.factors };
  const backward = release(from)?.replaces;
  if (backward?.version === to) return Object.fromEntries(Object.entries(backward.factors).map(([older, newer]) => [newer, older]));
  return {};
}

// The factor tables shipped with the app: every released version under emission-factors/, checked on load.
import { parseFactorTable, ReleasesSchema, type FactorTable, type Problem, type Releases } from '../../domain';
import releasesJson from '../../../emission-factors/releases.json';

// Each version is its own chunk, fetched while storage opens: the tables stay out of the first script.
const files = import.meta.glob<unknown>('/emission-factors/*/*.json', { import: 'default' });

export interface BundledTables {
  readonly tables: FactorTable[];
  readonly problems: { file: string; problems: Problem[] }[];
}

export async function loadBundledTables(): Promise<BundledTables> {
  const tables: FactorTable[] = [];
  const problems: BundledTables['problems'] = [];
  const loaded = await Promise.all(Object.entries(files).map(async ([file, load]) => [file, await load()] as const));
  for (const [file, json] of loaded) {
    const parsed = parseFactorTable(json);
    if (parsed.ok) tables.push(parsed.value);
    else problems.push({ file, problems: parsed.problems });
  }
  return { tables, problems };
}

/** The releases manifest: each bundled version's checksum, and the factors a version renamed. */
export const bundledReleases: Releases = ReleasesSchema.parse(releasesJson);

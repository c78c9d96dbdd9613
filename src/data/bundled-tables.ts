// The factor tables shipped with the app: every released version under emission-factors/, checked on load.
import { parseFactorTable, type FactorTable, type Problem } from '../domain';

const files = import.meta.glob<unknown>('/emission-factors/*/*.json', { eager: true, import: 'default' });

export interface BundledTables {
  readonly tables: FactorTable[];
  readonly problems: { file: string; problems: Problem[] }[];
}

export function loadBundledTables(): BundledTables {
  const tables: FactorTable[] = [];
  const problems: BundledTables['problems'] = [];
  for (const [file, json] of Object.entries(files)) {
    const parsed = parseFactorTable(json);
    if (parsed.ok) tables.push(parsed.value);
    else problems.push({ file, problems: parsed.problems });
  }
  return { tables, problems };
}

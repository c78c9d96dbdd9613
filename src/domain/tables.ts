// Choosing the table a scenario is pinned to, among those at hand (bundled, imported, given on the command line).
import { fail, type Result } from './result';
import type { FactorTable, Scenario } from './schemas';

export function selectPinnedTable(scenario: Scenario, tables: readonly FactorTable[]): Result<FactorTable> {
  const { id, version } = scenario.factorTable;
  const sameId = tables.filter((t) => t.id === id);
  const exact = sameId.find((t) => t.version === version);
  if (exact) return { ok: true, value: exact };
  if (sameId.length === 0) {
    const known = [...new Set(tables.map((t) => t.id))].join(', ') || 'none';
    return fail([
      {
        code: 'unknown-table',
        path: ['factorTable', 'id'],
        message: `No factor table "${id}" (tables at hand: ${known})`,
        params: { id, known },
      },
    ]);
  }
  const known = sameId.map((t) => t.version).join(', ');
  return fail([
    {
      code: 'unknown-table-version',
      path: ['factorTable', 'version'],
      message: `Factor table "${id}" has no version "${version}" here (versions at hand: ${known})`,
      params: { id, version, known },
    },
  ]);
}

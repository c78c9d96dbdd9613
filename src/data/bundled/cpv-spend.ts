// The CPV → monetary-ratio mapping shipped with the app, read from emission-factors/ as a JSON module so that
// the browser and the command line (Node) read the same file, and checked against the table it names.
import mappingJson from '../../../emission-factors/cpv-spend-2025.2.json' with { type: 'json' };
import type { FactorTable, Result } from '../../domain';
import { parseSpendMapping, resolveSpendMapping, type CpvSpendMapping, type ResolvedSpendMapping } from '../../domain/decp/spend-mapping';

/** Where the bundled mapping lives, relative to the repository, as problems name it. */
export const SPEND_MAPPING_FILE = 'emission-factors/cpv-spend-2025.2.json';

/** The bundled mapping, as read; a damaged file fails at load, as a damaged bundled table would. */
export function bundledSpendMapping(): CpvSpendMapping {
  const parsed = parseSpendMapping(mappingJson);
  if (!parsed.ok) throw new Error(`${SPEND_MAPPING_FILE}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}

/** The bundled mapping resolved in the table it refers to, among the tables at hand. */
export function resolveBundledSpendMapping(tables: readonly FactorTable[]): Result<ResolvedSpendMapping> {
  const mapping = bundledSpendMapping();
  const table = tables.find((t) => t.id === mapping.table.id && t.version === mapping.table.version);
  if (!table)
    return {
      ok: false,
      problems: [
        {
          code: 'unknown-table-version',
          path: ['table'],
          message: `The CPV mapping refers to table ${mapping.table.id} ${mapping.table.version}, which is not at hand`,
          params: { id: mapping.table.id, version: mapping.table.version },
        },
      ],
    };
  return resolveSpendMapping(mapping, table);
}

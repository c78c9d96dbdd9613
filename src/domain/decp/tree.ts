// A DECP file read as a tree (JSON, or XML turned into the same tree): where its records are, which
// schema they follow, and each record read into a contract. Envelopes are often wrong (NOTES §3.1–3.2):
// records are read wherever they are found, and the envelope is reported.
import type { ContractKind, DecpContract, DecpDefect, DecpShape, DecpSource } from './contract';
import { addDefect, describeFound, type RecordContext } from './fields';
import { isObject, listItems } from './lists';
import { readContract, type SchemaVersion } from './record';

/** What one file gave: its contracts and defects, or (`problem`) why it gave nothing at all. */
export interface DecpFileRead {
  readonly file: string;
  readonly shape: DecpShape | null;
  readonly contracts: DecpContract[];
  readonly defects: DecpDefect[];
  /** Set when the file holds no DECP envelope or cannot be read: a message naming what was expected. */
  readonly problem: string | null;
  /** Tabular rows the file itself marks as no longer current (`donneesActuelles` false): counted, not read. */
  readonly superseded?: number;
}

interface Located {
  readonly raw: unknown;
  readonly path: string;
  readonly kind: ContractKind | null;
}

// Fields that exist only since the 2022 schema: a record holding one of them is 2022 content.
const SCHEMA_2022_KEYS = [
  'considerationsEnvironnementales',
  'considerationsSociales',
  'techniques',
  'technique',
  'modalitesExecution',
  'modaliteExecution',
  'typesPrix',
  'typePrix',
  'ccag',
  'offresRecues',
  'marcheInnovant',
];

const is2022 = (raw: unknown) => isObject(raw) && SCHEMA_2022_KEYS.some((k) => k in raw);

/** A 2019 record says what it is in `_type`; otherwise its buyer's key tells. */
function kindOf(raw: unknown): ContractKind {
  if (!isObject(raw)) return 'marche';
  if (typeof raw._type === 'string' && /concession/i.test(raw._type)) return 'concession';
  return 'autoriteConcedante' in raw || 'concessionnaires' in raw || 'valeurGlobale' in raw ? 'concession' : 'marche';
}

// Deeper than this, lists are no envelope but a hostile file: their items are not records.
const MAX_NESTING = 8;

/** The MINEF's decp-2019.json wraps records in several levels of lists: flattened, with their paths. */
function flatten(list: readonly unknown[], path: string, out: Located[], depth = 0): boolean {
  let nested = false;
  list.forEach((item, i) => {
    if (Array.isArray(item) && depth < MAX_NESTING) {
      nested = true;
      flatten(item, `${path}[${i}]`, out, depth + 1);
    } else out.push({ raw: item, path: `${path}[${i}]`, kind: null });
  });
  return nested;
}

const CONTAINERS: readonly [string, ContractKind][] = [
  ['marche', 'marche'],
  ['contrat-concession', 'concession'],
];

function fromContainers(holder: Record<string, unknown>, path: string, out: Located[]): boolean {
  let found = false;
  for (const [name, kind] of CONTAINERS)
    if (name in holder) {
      found = true;
      listItems(holder[name], name).forEach((raw, i) => out.push({ raw, path: `${path}${name}[${i}]`, kind }));
    }
  return found;
}

const EXPECTED = 'expected {"marches": [...]} (2019) or {"marches": {"marche": [...], "contrat-concession": [...]}} (2022), or <marches> in XML';

/** The records and where they are, or null when the tree holds no envelope at all. */
function locateRecords(tree: unknown, envelope: DecpDefect[], file: string): Located[] | null {
  const out: Located[] = [];
  const wrong = (found: unknown) => envelope.push({ file, record: '*', field: 'marches', kind: 'wrong-envelope', found: describeFound(found) });
  if (Array.isArray(tree)) {
    wrong('a list at the top');
    flatten(tree, '', out);
    return out;
  }
  if (!isObject(tree)) return null;
  const marches = tree.marches;
  if (Array.isArray(marches)) {
    if (flatten(marches, 'marches', out)) wrong('records in nested lists');
    return out;
  }
  if (isObject(marches)) return fromContainers(marches, 'marches.', out) ? out : null;
  if (marches === '' || marches === null) return out; // an empty <marches/> or "marches": null: no records, nothing wrong with that
  if (fromContainers(tree, '', out)) {
    wrong('marche / contrat-concession without "marches" around them');
    return out;
  }
  return null;
}

/** Takes each contract as it is read, instead of a list of them all (a national file's objects would not fit). */
export type DecpContractSink = (contract: DecpContract) => void;

/**
 * Every record of a DECP tree as a contract; a tree that holds no envelope is a problem of the whole file.
 * With a `sink`, each contract goes to it and `contracts` stays empty.
 */
export function readDecpTree(file: string, tree: unknown, source: Exclude<DecpSource, 'csv'>, sink?: DecpContractSink): DecpFileRead {
  const defects: DecpDefect[] = [];
  const located = locateRecords(tree, defects, file);
  if (located === null) return { file, shape: null, contracts: [], defects, problem: `no DECP records: ${EXPECTED}` };
  // The JSON 2022 envelope says its schema; otherwise a record with a 2022-only field makes the file 2022 content.
  const object2022 = source === 'json' && isObject(tree) && isObject(tree.marches);
  const schema: SchemaVersion = object2022 || located.some((r) => is2022(r.raw)) ? '2022' : '2019';
  if (source === 'json' && !object2022 && schema === '2022' && defects.length === 0)
    defects.push({ file, record: '*', field: 'marches', kind: 'wrong-envelope', found: '2022 content in the 2019 envelope {"marches": [...]}' });
  const contracts: DecpContract[] = [];
  for (const { raw, path, kind } of located) {
    const ctx: RecordContext = { file, record: path, source, defects };
    if (!isObject(raw)) {
      addDefect(ctx, '*', 'not-a-record', raw);
      continue;
    }
    const contract = readContract(ctx, raw, kind ?? kindOf(raw), schema);
    if (sink) sink(contract);
    else contracts.push(contract);
  }
  return { file, shape: `${source}-${schema}`, contracts, defects, problem: null };
}

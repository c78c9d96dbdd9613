// Reads an ADEME Base Carbone® / Base Empreinte® CSV export into a factor table
// (`carbone-evite/factor-table@1`). Runs in the browser and in Node: no API beyond TextDecoder.
//
// The export (reference/factors/NOTES.md §1.1): `;`-separated, decimal comma, 67 columns named in
// French; `Type Ligne` = `Elément` rows hold an element's total, `Poste` rows its breakdown; archived
// elements and `Données source` rows are not usable factors. ADEME's own download is Windows-1252, the
// copies met in the wild UTF-8, with stray quotes and tabs in names. Some reusers read the same columns
// with `_` for spaces (`Identifiant_de_l'élément`, as served by the data.ademe.fr Data Fair API and read
// by public Base Empreinte importers): those names are accepted too. No export with English column
// names was found, so none are accepted.
import Papa from 'papaparse';
import { parseFactorTable, formatPath, FACTOR_TABLE_FORMAT, type CategoryId, type Factor, type FactorTable, type UnitId } from '../../domain';

export type RejectReason = 'archived' | 'not-a-factor' | 'unit' | 'value' | 'duplicate-id' | 'missing-field';

export interface RejectedRow {
  /** Line number in the file, the header being line 1. */
  row: number;
  elementId?: string;
  name?: string;
  reason: RejectReason;
  /** An English sentence naming the value at fault. */
  detail: string;
}

export interface BaseCarboneImportCounts {
  /** Data rows read (blank lines not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  /** `Poste` rows: breakdowns of an element, not factors. */
  skipped: number;
}

export type BaseCarboneImport =
  | { ok: true; table: FactorTable; rejected: RejectedRow[]; counts: BaseCarboneImportCounts }
  | { ok: false; problems: string[] };

export interface BaseCarboneImportOptions {
  tableId?: string;
  version?: string;
  fileName?: string;
  onProgress?: (fraction: number) => void;
}

/** Larger files are refused: the whole V23.6 export is 11.5 MB. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_IMPORT_TABLE_ID = 'base-carbone-import';
export const BASE_CARBONE_LICENCE = 'Licence Ouverte / Etalab 2.0 — ADEME, Base Carbone®';
const SOURCE_PREFIX = 'ADEME – Base Carbone® (export)';
const NOTE_MAX_CHARS = 400;
const PROGRESS_EVERY_ROWS = 1000;

// ---------------------------------------------------------------------------------------------------
// Bytes to text

// Windows-1252 bytes 0x80–0x9F (€, ’, –, œ…). Browsers decode them so; Node 20's TextDecoder reads
// 'windows-1252' as ISO-8859-1 and returns C1 control characters instead, mapped back here.
// The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-8 (byte-order mark removed) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string);
    return { text, encoding: 'windows-1252' };
  }
}

// ---------------------------------------------------------------------------------------------------
// Columns

const COLUMNS = {
  lineType: 'Type Ligne',
  id: "Identifiant de l'élément",
  status: "Statut de l'élément",
  elementType: "Type de l'élément",
  baseFr: 'Nom base français',
  attributeFr: 'Nom attribut français',
  boundaryFr: 'Nom frontière français',
  baseEn: 'Nom base anglais',
  attributeEn: 'Nom attribut anglais',
  boundaryEn: 'Nom frontière anglais',
  category: 'Code de la catégorie',
  unit: 'Unité français',
  contributor: 'Contributeur',
  source: 'Source',
  created: 'Date de création',
  modified: 'Date de modification',
  validity: 'Période de validité',
  uncertainty: 'Incertitude',
  total: 'Total poste non décomposé',
  commentFr: 'Commentaire français',
  commentEn: 'Commentaire anglais',
} as const;
type ColumnKey = keyof typeof COLUMNS;
const OPTIONAL_COLUMNS: ReadonlySet<ColumnKey> = new Set(['commentEn']);

/** Lower case, accents, `_` and extra spaces gone, one kind of apostrophe: for names and keywords. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function foldHeader(cell: string): string {
  return fold(cell.replace(/^\uFEFF/, '').trim().replace(/^"+|"+$/g, ''));
}

// ---------------------------------------------------------------------------------------------------
// Cell readers

/** Stray quote runs, tabs and double spaces of copied exports removed; surrounding quotes too. */
export function cleanText(cell: string | undefined): string {
  if (!cell) return '';
  return cell
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/"{2,}/g, '"')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s"]+|[\s"]+$/g, '')
    .trim();
}

/** A decimal-comma number ("0,0519", "1 833", "2,5E-3"), or null when it is not one. */
export function parseDecimalComma(cell: string): number | null {
  const s = cell.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A full date, `yyyy-mm-dd` or `dd/mm/yyyy`, possibly followed by a time, as YYYY-MM-DD. */
export function parseFullDate(cell: string): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

const quote = (text: string) => `"${text.length > 80 ? text.slice(0, 77) + '…' : text}"`;

// ---------------------------------------------------------------------------------------------------
// Units: the export's `Unité français` to one of the engine's units. What the unit text says beyond
// the engine unit (PCI/PCS, net or live weight, the euro year) goes into the labels.

interface UnitMatch {
  unit: UnitId;
  qualifier?: { fr: string; en: string };
}

const PLAIN_UNITS: Record<string, UnitMatch> = {
  'unité': { unit: 'unit' },
  appareil: { unit: 'unit', qualifier: { fr: 'appareil', en: 'device' } },
  repas: { unit: 'meal' },
  kg: { unit: 'kg' },
  'kg de poids net': { unit: 'kg', qualifier: { fr: 'kg de poids net', en: 'kg net weight' } },
  'kg de poids vif': { unit: 'kg', qualifier: { fr: 'kg de poids vif', en: 'kg live weight' } },
  kgh2: { unit: 'kg', qualifier: { fr: "kg d'hydrogène (H2)", en: 'kg of hydrogen (H2)' } },
  tonne: { unit: 't' },
  t: { unit: 't' },
  'tonne de déchets': { unit: 't', qualifier: { fr: 'tonne de déchets', en: 'tonne of waste' } },
  'tonne produites': { unit: 't', qualifier: { fr: 'tonne produite', en: 'tonne produced' } },
  't.km': { unit: 'tkm' },
  'tonne.km': { unit: 'tkm' },
  'passager.km': { unit: 'pkm' },
  km: { unit: 'km' },
  litre: { unit: 'L' },
  m3: { unit: 'm3' },
  'm³': { unit: 'm3' },
  'm²': { unit: 'm2' },
  m2: { unit: 'm2' },
  'm² shon': { unit: 'm2', qualifier: { fr: 'm² SHON', en: 'm² gross floor area (SHON)' } },
  'm2 shon': { unit: 'm2', qualifier: { fr: 'm² SHON', en: 'm² gross floor area (SHON)' } },
};

const HEATING_VALUE = { pci: { fr: 'PCI', en: 'LHV (PCI)' }, pcs: { fr: 'PCS', en: 'HHV (PCS)' } } as const;
const ENERGY_UNITS: Record<string, UnitId> = { kwh: 'kWh', mwh: 'MWh', gj: 'GJ' };
const ENERGY_UNIT_LABELS: Record<string, string> = { kwh: 'kWh', mwh: 'MWh', gj: 'GJ' };

export function mapBaseCarboneUnit(unitText: string): UnitMatch | null {
  const text = unitText.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!text.startsWith('kgco2e/')) return null;
  const per = text.slice('kgco2e/'.length).trim();
  const plain = PLAIN_UNITS[per];
  if (plain) return plain;
  // kWh, kWh PCI, KWh PCI, kWhPCI, kWh (PCI), kWh PCS, GJ PCI, MWh…
  const energy = /^(kwh|mwh|gj) ?\(?(pci|pcs)?\)?$/.exec(per);
  if (energy) {
    const unit = ENERGY_UNITS[energy[1] as string] as UnitId;
    const basis = energy[2] as 'pci' | 'pcs' | undefined;
    if (!basis) return { unit };
    const label = ENERGY_UNIT_LABELS[energy[1] as string] as string;
    return { unit, qualifier: { fr: `${label} ${HEATING_VALUE[basis].fr}`, en: `${label} ${HEATING_VALUE[basis].en}` } };
  }
  // Spend-based ratios, priced in euros of a given year, excluding VAT.
  const money = /^keuro \((\d{4})\) ht$/.exec(per);
  if (money) return { unit: 'kEUR', qualifier: { fr: `k€ HT ${money[1]}`, en: `k€ HT ${money[1]} (excl. VAT)` } };
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Categories, from `Code de la catégorie` (read in the V23.6 export). Spend-based ratios all sit under
// "Ratios monétaires"; their element name (a NAF product division) says what was bought.

const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, CategoryId]> = [
  [/^electricite\b/, 'energy'],
  // Fuels burnt in vehicles (road, air, water) are bought for travel; the other fuels for heat.
  [/^combustibles > .*> usage sources mobiles > usage (routier|aerien|maritime)/, 'travel'],
  [/^combustibles\b/, 'heating'],
  [/^reseaux de chaleur/, 'heating'],
  [/^transport de (personnes|marchandises)\b/, 'travel'],
  [/^achats de biens > produits agro-alimentaires/, 'food'],
  [/^achats de biens > produits de l'agriculture et de la peche/, 'food'],
  [/^achats de services > restauration\b/, 'food'],
  [/^achats de biens > machines et equipements > informatique/, 'it'],
  [/^achats de biens > papier, carton\b/, 'paper'],
  [/^achats de biens > autres produits manufactures > consommables de bureau/, 'paper'],
  [/^achats de biens > mobilier\b/, 'furniture'],
  [/^achats de biens > batiments, ouvrages d'art et voirie\b/, 'construction'],
  [/^achats de biens > produits mineraux non metalliques\b/, 'construction'],
  [/^achats de biens > minerais, granulats, tourbes > (granulats|pierres)/, 'construction'],
  [/^achats de biens > bois\b/, 'construction'],
  [/^achats de biens > vehicules automobiles/, 'travel'],
  [/^achats de biens > textile et habillement\b/, 'textiles'],
  // Fertilisers and crop-protection products are chemicals, but not what a buyer cleans with.
  [/^achats de biens > plastiques et produits chimiques > produits chimiques > engrais/, 'other'],
  [/^achats de biens > plastiques et produits chimiques > produits chimiques\b/, 'cleaning'],
];

const MONEY_RATIO_RULES: ReadonlyArray<readonly [RegExp, CategoryId]> = [
  [/informatique|electronique|programmation, conseil it|reparation d'ordinateurs/, 'it'],
  [/industries alimentaires|hebergement et de restauration|agriculture et de la chasse - |peche et de l'aquaculture/, 'food'],
  [/^meubles\b/, 'furniture'],
  [/^papier et carton\b|^travaux d'impression/, 'paper'],
  [/^produits chimiques\b/, 'cleaning'],
  [/textile|habillement/, 'textiles'],
  [/^constructions et travaux de construction|^autres produits mineraux non metalliques/, 'construction'],
  [/^transports (aeriens|terrestres|par eau)|^transport par eau/, 'travel'],
];

export function mapBaseCarboneCategory(categoryCode: string, baseName = ''): CategoryId {
  const code = fold(categoryCode);
  if (/^achats de (biens|services) > ratios monetaires\b/.test(code)) {
    const name = fold(baseName);
    for (const [pattern, category] of MONEY_RATIO_RULES) if (pattern.test(name)) return category;
    return 'other';
  }
  for (const [pattern, category] of CATEGORY_RULES) if (pattern.test(code)) return category;
  return 'other';
}

// ---------------------------------------------------------------------------------------------------
// Whole-file checks

const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma ","', '\t': 'tab', '|': 'pipe "|"', ';': 'semicolon ";"' };

/** Separators counted outside quotes on the header line. */
function countSeparators(headerLine: string): Record<string, number> {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** UTF-8 size of a text, counted only as far as needed to know it is above `limit`. */
function utf8Size(text: string, limit: number): number {
  if (text.length * 3 <= limit) return -1; // certainly below: not worth counting
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`;
}

// ---------------------------------------------------------------------------------------------------
// The import

function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function importBaseCarbone(text: string, options: BaseCarboneImportOptions = {}): BaseCarboneImport {
  const file = options.fileName ? `"${options.fileName}"` : 'The file';
  const fail = (...problems: string[]): BaseCarboneImport => ({ ok: false, problems });

  const size = utf8Size(text, MAX_EXPORT_BYTES);
  if (size > MAX_EXPORT_BYTES)
    return fail(`${file} is ${describeSize(size)}, larger than the ${MAX_EXPORT_BYTES / (1024 * 1024)} MB an export may be`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(`${file} is empty`);

  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const headerLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const separators = countSeparators(headerLine);
  const [bestOther, bestOtherCount] = Object.entries(separators)
    .filter(([sep]) => sep !== ';')
    .sort((a, b) => b[1] - a[1])[0] as [string, number];
  if ((separators[';'] ?? 0) === 0 || (separators[';'] ?? 0) < bestOtherCount)
    return fail(
      bestOtherCount > 0
        ? `${file} is separated by ${SEPARATOR_NAMES[bestOther]}, not by semicolons (";") as a Base Carbone® export is`
        : `${file} has no semicolon (";") on its first line: it is not a Base Carbone® export`,
    );

  const parsed = Papa.parse<string[]>(text, { delimiter: ';', header: false, skipEmptyLines: false, quoteChar: '"' });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map(foldHeader);
  const index = {} as Record<ColumnKey, number>;
  const missing: string[] = [];
  for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
    const at = header.indexOf(fold(COLUMNS[key]));
    index[key] = at;
    if (at < 0 && !OPTIONAL_COLUMNS.has(key)) missing.push(`"${COLUMNS[key]}"`);
  }
  if (missing.length)
    return fail(`${file} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of a Base Carbone® export`);

  // A line break inside a quoted cell makes one record span several lines of the file.
  const lineBreak = parsed.meta.linebreak === '\r' ? '\r' : '\n';
  const headerWidth = header.length;
  const rejected: RejectedRow[] = [];
  const factors: Factor[] = [];
  const firstRowOfId = new Map<string, number>();
  let dataRows = 0;
  let skipped = 0;
  let latestModified = '';
  let line = 1;
  for (const cell of rows[0] ?? []) if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;

  const total = rows.length;
  for (let r = 1; r < total; r++) {
    if (options.onProgress && r % PROGRESS_EVERY_ROWS === 0) options.onProgress(r / total);
    const cells = rows[r] as string[];
    const rowLine = ++line;
    for (const cell of cells) if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
    if (cells.length === 1 && (cells[0] ?? '').trim() === '') continue; // blank line
    dataRows++;

    const get = (key: ColumnKey): string => (index[key] < 0 ? '' : (cells[index[key]] ?? ''));
    const lineType = fold(get('lineType'));
    if (lineType === 'poste') {
      skipped++;
      continue;
    }
    const elementId = cleanText(get('id'));
    const nameFr = cleanText(get('baseFr'));
    const reject = (reason: RejectReason, detail: string) => {
      rejected.push({ row: rowLine, ...(elementId ? { elementId } : {}), ...(nameFr ? { name: nameFr } : {}), reason, detail });
    };
    if (cells.length !== headerWidth) {
      reject('missing-field', `The row has ${cells.length} fields where the header has ${headerWidth}.`);
      continue;
    }
    if (lineType !== 'element') {
      if (lineType === '') reject('missing-field', 'Type Ligne is empty; expected "Elément" or "Poste".');
      else reject('not-a-factor', `Type Ligne ${quote(cleanText(get('lineType')))} is neither "Elément" nor "Poste".`);
      continue;
    }
    if (!elementId) {
      reject('missing-field', "Identifiant de l'élément is empty.");
      continue;
    }
    const firstRow = firstRowOfId.get(elementId);
    if (firstRow !== undefined) {
      reject('duplicate-id', `Element ${elementId} already appears on row ${firstRow}; only the first is kept.`);
      continue;
    }
    firstRowOfId.set(elementId, rowLine);

    const status = cleanText(get('status'));
    if (fold(status).startsWith('archive')) {
      reject('archived', `Element ${elementId} is archived (Statut de l'élément ${quote(status)}).`);
      continue;
    }
    const elementType = cleanText(get('elementType'));
    if (fold(elementType) !== "facteur d'emission") {
      reject(
        'not-a-factor',
        elementType
          ? `Element ${elementId} is ${quote(elementType)}, not an emission factor ("Facteur d'émission").`
          : `Element ${elementId} has no Type de l'élément; only "Facteur d'émission" rows are factors.`,
      );
      continue;
    }
    // NOTES.md §1.1: ecoinvent-derived Base Empreinte datasets may not be published in a tool.
    const contributor = cleanText(get('contributor'));
    const source = cleanText(get('source'));
    const ecoinvent = [contributor, source].find((t) => /ecoinvent/i.test(t));
    if (ecoinvent) {
      reject('not-a-factor', `Element ${elementId} comes from ecoinvent (${quote(ecoinvent)}): ecoinvent-sourced data cannot be redistributed.`);
      continue;
    }
    const totalText = get('total').trim();
    const value = parseDecimalComma(totalText);
    if (value === null || value < 0) {
      reject(
        'value',
        totalText === ''
          ? 'Total poste non décomposé is empty.'
          : value === null
            ? `Total poste non décomposé ${quote(totalText)} is not a number.`
            : `Total poste non décomposé ${quote(totalText)} is negative; a factor must be zero or more.`,
      );
      continue;
    }
    const unitText = cleanText(get('unit'));
    const unit = mapBaseCarboneUnit(unitText);
    if (!unit) {
      reject(
        'unit',
        unitText
          ? `Unit ${quote(unitText)} has no equivalent among the engine's units.`
          : 'Unité français is empty.',
      );
      continue;
    }
    if (!nameFr) {
      reject('missing-field', 'Nom base français is empty.');
      continue;
    }
    const modified = parseFullDate(get('modified'));
    const created = parseFullDate(get('created'));
    const dated = [modified, created].find((d) => d !== null && Number(d.slice(0, 4)) >= 1990 && Number(d.slice(0, 4)) <= 2100);
    if (!dated) {
      reject(
        'missing-field',
        `Neither Date de modification ${quote(get('modified').trim())} nor Date de création ${quote(get('created').trim())} is a date from 1990 to 2100.`,
      );
      continue;
    }
    const uncertaintyText = get('uncertainty').trim();
    let uncertainty: number | undefined;
    if (uncertaintyText !== '') {
      const percent = parseDecimalComma(uncertaintyText);
      if (percent === null || percent < 0 || percent > 400) {
        reject('value', `Incertitude ${quote(uncertaintyText)} is not a percentage from 0 to 400.`);
        continue;
      }
      if (percent > 0) uncertainty = percent / 100;
    }

    const partsFr = [nameFr, cleanText(get('attributeFr')), cleanText(get('boundaryFr'))];
    const partsEn = [cleanText(get('baseEn')), cleanText(get('attributeEn')), cleanText(get('boundaryEn'))];
    const join = (parts: string[]) => parts.filter((p) => p !== '').join(' — ');
    let labelFr = join(partsFr);
    let labelEn = join(partsEn.map((p, i) => p || (partsFr[i] as string)));
    if (unit.qualifier) {
      labelFr += ` — par ${unit.qualifier.fr}`;
      labelEn += ` — per ${unit.qualifier.en}`;
    }
    const sourceParts = [contributor && `contributeur : ${contributor}`, source && `source : ${source}`].filter(Boolean);
    const commentFr = truncate(cleanText(get('commentFr')), NOTE_MAX_CHARS);
    const commentEn = truncate(cleanText(get('commentEn')), NOTE_MAX_CHARS);
    const validUntil = parseFullDate(get('validity'));

    const factor: Factor = {
      id: `bc-${elementId}`,
      category: mapBaseCarboneCategory(get('category'), nameFr),
      label: { fr: labelFr, en: labelEn },
      value,
      unit: `kgCO2e/${unit.unit}`,
      ...(uncertainty !== undefined ? { uncertainty } : {}),
      source: sourceParts.length ? `${SOURCE_PREFIX} — ${sourceParts.join(' ; ')}` : SOURCE_PREFIX,
      sourceId: elementId,
      year: Number(dated.slice(0, 4)),
      ...(validUntil ? { validUntil } : {}),
      ...(commentFr || commentEn ? { note: { fr: commentFr || commentEn, en: commentEn || commentFr } } : {}),
    };
    factors.push(factor);
    if (modified && modified > latestModified) latestModified = modified;
  }
  options.onProgress?.(1);

  if (dataRows === 0) return fail(`${file} has a header but no data rows`);
  if (factors.length === 0) {
    const byReason = new Map<RejectReason, number>();
    for (const r of rejected) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
    const reasons = [...byReason].map(([reason, n]) => `${reason}: ${n}`).join(', ');
    return fail(
      `${file} has no emission factor that can be imported: ${dataRows} data rows, ${skipped} breakdown (Poste) rows skipped, ${rejected.length} rejected${reasons ? ` (${reasons})` : ''}`,
    );
  }

  const exportDate = latestModified || (factors.length ? `${Math.max(...factors.map((f) => f.year))}-01-01` : '');
  const table = parseFactorTable({
    format: FACTOR_TABLE_FORMAT,
    id: options.tableId ?? DEFAULT_IMPORT_TABLE_ID,
    version: options.version ?? exportDate,
    title: { fr: `Import Base Carbone® du ${isoToFrench(exportDate)}`, en: `Base Carbone® import of ${exportDate}` },
    publishedOn: exportDate,
    licence: BASE_CARBONE_LICENCE,
    sources: [options.fileName || 'Base Carbone® export'],
    factors,
  });
  if (!table.ok)
    return fail(...table.problems.map((p) => `${file} does not make a valid factor table: ${formatPath(p.path)}: ${p.message}`));
  return {
    ok: true,
    table: table.value,
    rejected,
    counts: { rows: dataRows, accepted: factors.length, rejected: rejected.length, skipped },
  };
}

// DECP contracts generated for `npm run bench` in the 2022 JSON shape, dirty the way real files are
// (NOTES §3): numbers as text, dates written four ways, CPV codes with and without check digit or with a
// lost leading zero, old and misspelt enum values, considerations in every form, modifications, and
// records published twice (the later publication must win). Deterministic: every run measures the same.
// Also the filters both DECP benches time.
import type { DecpFilter } from '../src/domain/decp/column-filter';
import { random } from './bench-random';

export const BENCH_FILTERS: readonly [string, DecpFilter][] = [
  ['region 32 (Hauts-de-France)', { keys: { region: ['32'] } }],
  ['CPV division 45, amount 90,000–221,000 €', { keys: { 'cpv-division': ['45'], 'amount-band': ['90000-221000'] } }],
  ['any environmental consideration, no ceilings', { environmental: ['clause', 'criterion', 'both'], ceilings: 'exclude' }],
  ['procedure adaptée in département 59, social clause', { keys: { procedure: ['Procédure adaptée'], department: ['59'] }, social: ['clause'] }],
];

const PROCEDURES = [
  'Procédure adaptée',
  'Procédure adaptée',
  'Procédure adaptée',
  "Appel d'offres ouvert",
  "Appel d'offres ouvert",
  'Appel d offres ouvert', // apostrophe lost
  'procedure adaptee', // case and accents lost
  'Procédure négociée avec mise en concurrence préalable', // schema 1.4
  'Marché passé sans publicité ni mise en concurrence préalable',
  'Dialogue compétitif',
];
const NATURES = ['Marché', 'Marché', 'Marché', 'marché', 'Marché de partenariat', 'Accord-cadre'];
const ENVIRONMENTAL = [
  ['Pas de considération environnementale'],
  ['Pas de considération environnementale'],
  ['Clause environnementale'],
  ['Critère environnemental'],
  ['Clause environnementale', 'Critère environnemental'],
  ['Sans objet'],
  null,
];
const SOCIAL = [['Pas de considération sociale'], ['Pas de considération sociale'], ['Clause sociale'], ['Critère social'], ['Marché réservé'], null];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TYPE_CODES = ['Code postal', 'Code commune', 'Code département'];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date written as real files write it: mostly ISO, sometimes with a zone, the French way or the American long way. */
function writeDate(next: () => number, y: number, m: number, d: number): string {
  const r = next();
  if (r < 0.75) return `${y}-${pad(m)}-${pad(d)}`;
  if (r < 0.85) return `${y}-${pad(m)}-${pad(d)}+01:00`;
  if (r < 0.95) return `${pad(d)}/${pad(m)}/${y}`;
  return `${MONTHS[m - 1]}, ${d} ${y} 00:00:00`;
}

function writeCpv(next: () => number, code: string): string {
  const r = next();
  if (r < 0.45) return `${code}-${(Number(code) % 9) + 1}`;
  if (r < 0.9) return code;
  if (r < 0.95 && code.startsWith('0')) return code.slice(1);
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

function writeAmount(next: () => number, euros: number): number | string {
  const r = next();
  if (r < 0.7) return euros;
  if (r < 0.85) return String(euros);
  if (r < 0.97)
    return euros
      .toFixed(2)
      .replace('.', ',')
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return r < 0.985 ? 0 : 'MQ';
}

const CPVS = Array.from({ length: 240 }, (_, i) => {
  const division = [3, 9, 15, 18, 22, 30, 33, 34, 39, 42, 44, 45, 48, 50, 55, 60, 63, 64, 66, 71, 72, 73, 77, 79, 80, 85, 90, 92, 98][i % 29]!;
  return `${pad(division)}${pad((i * 37) % 100)}${pad((i * 11) % 100)}00`;
});
const DEPARTMENTS = ['59', '62', '80', '02', '60', '75', '69', '13', '33', '31', '35', '44', '67', '06', '2A', '974'];

function record(next: () => number, i: number, buyers: number, year: number, published: number) {
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const euros = Math.round(Math.exp(8 + next() * 8) * 100) / 100;
  const department = pick(next, DEPARTMENTS);
  const typeCode = pick(next, TYPE_CODES);
  const place =
    typeCode === 'Code département' ? department : department.length === 3 ? `${department}00` : `${department}${department === '2A' ? '004' : '100'}`;
  const modifications =
    next() < 0.1
      ? Array.from({ length: 1 + Math.floor(next() * 2) }, (_, k) => ({
          modification: {
            id: k + 1,
            dateNotificationModification: `${year + 1}-${pad(k + 1)}-15`,
            datePublicationDonneesModification: `${year + 1}-${pad(k + 1)}-20`,
            montant: Math.round(euros * (1.05 + 0.05 * k) * 100) / 100,
          },
        }))
      : [];
  const environmental = pick(next, ENVIRONMENTAL);
  const social = pick(next, SOCIAL);
  return {
    id: `${year}${pad(i, 8)}`,
    acheteur: { id: `2159${pad(Math.floor(next() * buyers), 6)}0001` },
    nature: pick(next, NATURES),
    objet: `Marché ${i} : travaux et fournitures lot ${i % 7}`,
    codeCPV: writeCpv(next, pick(next, CPVS)),
    techniques: { technique: [next() < 0.35 ? 'Accord-cadre' : 'Sans objet'] },
    modalitesExecution: { modaliteExecution: ['Sans objet'] },
    typesPrix: { typePrix: ['Définitif ferme'] },
    procedure: pick(next, PROCEDURES),
    lieuExecution: { code: place, typeCode },
    dureeMois: next() < 0.8 ? 1 + Math.floor(next() * 48) : String(1 + Math.floor(next() * 48)),
    dateNotification: writeDate(next, year, month, day),
    datePublicationDonnees: `${year}-${pad(Math.min(12, month + published))}-${pad(day)}`,
    montant: writeAmount(next, euros),
    ...(environmental ? { considerationsEnvironnementales: { considerationEnvironnementale: environmental } } : {}),
    ...(social ? { considerationsSociales: { considerationSociale: social } } : {}),
    modifications,
  };
}

/**
 * `count` records in one 2022 JSON file; 5 % of them publish again a contract met earlier in the same file
 * (same buyer and id, a later publication date): `count × 0.95` distinct contracts, roughly.
 */
export function makeDecpJson(count: number, seed: number, options: { buyers?: number; year?: number; firstIndex?: number } = {}): string {
  const next = random(seed);
  const { buyers = 5000, year = 2024, firstIndex = 0 } = options;
  const records: unknown[] = [];
  const seeds: number[] = [];
  for (let n = 0; n < count; n++) {
    if (n > 100 && next() < 0.05) {
      // A later publication of an earlier record: the same generator state gives the same contract.
      const earlier = seeds[Math.floor(next() * seeds.length)]!;
      records.push(record(random(earlier), earlier, buyers, year, 1));
    } else {
      const s = firstIndex + n;
      seeds.push(s);
      records.push(record(random(s), s, buyers, year, 0));
    }
  }
  return JSON.stringify({ marches: { marche: records } });
}

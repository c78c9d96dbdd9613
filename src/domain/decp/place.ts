// Where a contract is carried out, as a department and a region (INSEE codes), read from `lieuExecution`
// (NOTES §1.1: code + typeCode; the tabular export's lieuExecution_code / lieuExecution_typeCode). The place
// is often missing or wrong (NOTES §3.15): what cannot be read is null, never guessed, and not a defect of
// its own, since the schemas' required fields are already checked elsewhere.
import { foldSpelling } from './fields';
import { isObject } from './lists';

/** Region code (COG 2016 onwards) of each department. */
const REGION_DEPARTMENTS: Readonly<Record<string, readonly string[]>> = {
  '01': ['971'],
  '02': ['972'],
  '03': ['973'],
  '04': ['974'],
  '06': ['976'],
  '11': ['75', '77', '78', '91', '92', '93', '94', '95'],
  '24': ['18', '28', '36', '37', '41', '45'],
  '27': ['21', '25', '39', '58', '70', '71', '89', '90'],
  '28': ['14', '27', '50', '61', '76'],
  '32': ['02', '59', '60', '62', '80'],
  '44': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  '52': ['44', '49', '53', '72', '85'],
  '53': ['22', '29', '35', '56'],
  '75': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  '76': ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  '84': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  '93': ['04', '05', '06', '13', '83', '84'],
  '94': ['2A', '2B'],
};

const REGION_OF = new Map(Object.entries(REGION_DEPARTMENTS).flatMap(([region, departments]) => departments.map((d) => [d, region] as const)));

export interface Place {
  readonly department: string | null;
  readonly region: string | null;
}

/** The region of a department code (`59` → `32`), or null for a code that is no department. */
export function regionOfDepartment(department: string): string | null {
  return REGION_OF.get(department) ?? null;
}

/** A department written as a code: `1` → `01`, `2a` → `2A`, `971`; null when it is none. */
function asDepartment(text: string): string | null {
  const code = text.toUpperCase();
  const padded = /^\d$/.test(code) ? `0${code}` : code;
  return REGION_OF.has(padded) ? padded : null;
}

/** The department of a commune's INSEE code or a postcode (5 characters): overseas ones take 3 digits. */
function departmentOfCommune(code: string, postcode: boolean): string | null {
  if (!/^(\d{5}|2[AB]\d{3})$/i.test(code)) return null;
  if (code.startsWith('97')) return asDepartment(code.slice(0, 3));
  // Corsica's postcodes all start with 20: 200xx–201xx are Corse-du-Sud, the others Haute-Corse.
  if (postcode && code.startsWith('20')) return Number(code.slice(0, 3)) <= 201 ? '2A' : '2B';
  return asDepartment(code.slice(0, 2));
}

/** The place of a `lieuExecution` object ({code, typeCode}); nothing when it says no French place. */
export function readPlace(raw: unknown): Place {
  const none: Place = { department: null, region: null };
  if (!isObject(raw)) return none;
  const code = typeof raw.code === 'string' || typeof raw.code === 'number' ? String(raw.code).replace(/\s+/g, '') : '';
  const type = typeof raw.typeCode === 'string' ? foldSpelling(raw.typeCode) : '';
  if (code === '') return none;
  let department: string | null = null;
  if (type === 'code departement') department = asDepartment(code);
  else if (type === 'code commune') department = departmentOfCommune(code, false);
  // An arrondissement's code is its department's and one digit; a canton's, two digits.
  else if (type === 'code arrondissement') department = code.length > 1 ? asDepartment(code.slice(0, -1)) : null;
  else if (type === 'code canton') department = code.length > 2 ? asDepartment(code.slice(0, -2)) : null;
  else if (type === 'code postal') department = departmentOfCommune(code, true);
  else if (type === 'code region') {
    const region = /^\d{1,2}$/.test(code) ? code.padStart(2, '0') : '';
    return region in REGION_DEPARTMENTS ? { department: null, region } : none;
  }
  return department === null ? none : { department, region: regionOfDepartment(department) };
}

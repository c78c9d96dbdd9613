// The bundled CPV labels are the nomenclature's: every division and group line of the CSV (kept as published
// in tests/fixtures/cpv/), no more and no fewer, in both languages.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cpvLabel } from '../../src/data/bundled/cpv-labels';
import file from '../../src/data/bundled/cpv-labels.json';
import { fixture } from '../helpers';

interface Row {
  division: string;
  group: string;
  level: string;
  label_fr: string;
  label_en: string;
}

describe('CPV labels', () => {
  const rows = Papa.parse<Row>(readFileSync(fixture('cpv/cpv_2008_divisions_groups.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('holds exactly the divisions and groups of the nomenclature, with their French and English labels', () => {
    const expected = Object.fromEntries(rows.map((r) => [r.level === 'division' ? r.division : r.group, [r.label_fr, r.label_en]]));
    expect(rows.filter((r) => r.level === 'division')).toHaveLength(45);
    expect(rows.filter((r) => r.level === 'group')).toHaveLength(272);
    expect(file.labels).toEqual(expected);
  });

  it('names a division and a group in each language, and nothing for an unknown code', () => {
    expect(cpvLabel('45', 'fr')).toBe('Travaux de construction');
    expect(cpvLabel('45', 'en')).toBe('Construction work');
    expect(cpvLabel('452', 'en')).toBe('Works for complete or part construction and civil engineering work');
    expect(cpvLabel('00', 'fr')).toBeNull();
  });
});

// Each dirty value the notes list (shared/reference/decp/NOTES.md §3), read field by field: the value we
// keep, beside the original, and the defect said. Expectations written by hand from the notes.
import { describe, expect, it } from 'vitest';
import { classifyEnvironmental, classifySocial } from '../../src/domain/decp/considerations';
import { MARCHE_PROCEDURE } from '../../src/domain/decp/enums';
import { readAmount, readCpv, readDate, readEnum, readFreeText, readMonths, readSiret, type RecordContext } from '../../src/domain/decp/fields';
import type { DecpSource } from '../../src/domain/decp/contract';

const context = (source: DecpSource = 'json'): RecordContext => ({ file: 'f.json', record: 'marches[0]', source, defects: [] });
const kinds = (ctx: RecordContext) => ctx.defects.map((d) => d.kind);

describe('amounts', () => {
  it.each([
    [575000, 575000, []],
    ['30000.00', 30000, ['number-as-text']],
    ['1 234,56', 1234.56, ['number-as-text']],
    ['NC', null, ['missing']],
    ['', null, ['missing']],
    [undefined, null, ['missing']],
    ['MQ', null, ['marker']],
    [0, null, ['amount-not-positive']],
    [-2676107, null, ['amount-not-positive']],
    [1e17, null, ['amount-absurd']],
    [99999999999.99, null, ['amount-absurd']],
    [12311111111, null, ['amount-absurd']],
    ['douze', null, ['not-a-number']],
  ] as const)('%j → %j %j', (raw, value, defects) => {
    const ctx = context();
    const read = readAmount(ctx, 'montant', raw, true);
    expect(read).toEqual({ value, original: raw });
    expect(kinds(ctx)).toEqual(defects);
  });

  it('XML and CSV carry every number as text: no defect for that', () => {
    for (const source of ['xml', 'csv'] as const) {
      const ctx = context(source);
      expect(readAmount(ctx, 'montant', '120000.5', true).value).toBe(120000.5);
      expect(ctx.defects).toEqual([]);
    }
  });

  it('a duration of 0, or over 360 months, is left out', () => {
    const ctx = context();
    expect(readMonths(ctx, 'dureeMois', '36', true).value).toBe(36);
    expect(readMonths(ctx, 'dureeMois', 0, true).value).toBeNull();
    expect(readMonths(ctx, 'dureeMois', 361, true).value).toBeNull();
    expect(kinds(ctx)).toEqual(['number-as-text', 'duration-absurd', 'duration-absurd']);
  });
});

describe('dates', () => {
  it.each([
    ['2024-05-15', '2024-05-15', []],
    ['2018-12-17+01:00', '2018-12-17', []],
    ['2024-01-02T00:00:00', '2024-01-02', []],
    ['September, 16 2021 00:00:00', '2021-09-16', ['date-format']],
    ['16/09/2021', '2021-09-16', ['date-format']],
    ['0002-11-30', null, ['date-invalid']],
    ['5021-02-18', null, ['date-invalid']],
    ['2023-02-30', null, ['date-invalid']],
    ['demain', null, ['date-invalid']],
    [null, null, ['missing']],
  ] as const)('%j → %j', (raw, value, defects) => {
    const ctx = context();
    expect(readDate(ctx, 'dateNotification', raw, true).value).toBe(value);
    expect(kinds(ctx)).toEqual(defects);
  });
});

describe('CPV codes', () => {
  it.each([
    ['45000000', '45000000', []],
    ['45000000-7', '45000000', []],
    ['INX 28213700-5', '28213700', ['marker']],
    ['71315400-3 ', '71315400', ['cpv-format']],
    ['66516 000', '66516000', ['cpv-format']],
    ['9310000', '09310000', ['cpv-format']],
    ['', null, ['missing']],
    ['453', null, ['cpv-invalid']],
  ] as const)('%j → %j', (raw, value, defects) => {
    const ctx = context();
    expect(readCpv(ctx, 'codeCPV', raw, true).value).toBe(value);
    expect(kinds(ctx)).toEqual(defects);
  });
});

describe('enumerations and identifiers', () => {
  it.each([
    ["Appel d'offres ouvert", "Appel d'offres ouvert", []],
    ['Appel d offres ouvert', "Appel d'offres ouvert", ['enum-spelling']],
    ['appel d’offres OUVERT', "Appel d'offres ouvert", ['enum-spelling']],
    ['Procédure concurrentielle avec négociation', 'Procédure avec négociation', ['enum-old-value']],
    ['Marché négocié sans publicité ni mise en concurrence préalable', 'Marché passé sans publicité ni mise en concurrence préalable', ['enum-old-value']],
    ['Gré à gré', 'Gré à gré', ['enum-unknown']],
  ] as const)('procedure %j → %j', (raw, value, defects) => {
    const ctx = context();
    expect(readEnum(ctx, 'procedure', raw, MARCHE_PROCEDURE, true).value).toBe(value);
    expect(kinds(ctx)).toEqual(defects);
  });

  it('a SIRET with spaces is compacted; one of 10 digits is kept and said', () => {
    const ctx = context();
    expect(readSiret(ctx, 'acheteur.id', '   33487372600239').value).toBe('33487372600239');
    expect(readSiret(ctx, 'acheteur.id', '4781914061').value).toBe('4781914061');
    expect(ctx.defects.map((d) => [d.field, d.kind, d.found])).toEqual([['acheteur.id', 'identifier', '"4781914061"']]);
  });

  it('markup in an object is kept as text and said', () => {
    const ctx = context();
    const raw = 'Travaux <script>alert(1)</script> de voirie';
    expect(readFreeText(ctx, 'objet', raw, true).value).toBe(raw);
    expect(kinds(ctx)).toEqual(['html-in-text']);
  });
});

describe('considerations', () => {
  it.each([
    [{ considerationEnvironnementale: ['Clause environnementale'] }, 'clause', []],
    [{ considerationEnvironnementale: ['Critère environnemental'] }, 'criterion', []],
    [{ considerationEnvironnementale: ['Clause environnementale', 'Critère environnemental'] }, 'both', []],
    [{ considerationEnvironnementale: ['Pas de considération environnementale'] }, 'none', []],
    [['Clause environnementale'], 'clause', []],
    ['Clause environnementale, Critère environnemental', 'both', []],
    ['Sans objet', 'none', []],
    [{ considerationEnvironnementale: 'critere environnemental' }, 'criterion', []],
    [[], 'notStated', ['empty-list']],
    [{ considerationEnvironnementale: [] }, 'notStated', ['empty-list']],
    [undefined, 'notStated', ['missing']],
    [['Label vert'], 'notStated', ['consideration-unknown']],
    [['Pas de considération environnementale', 'Clause environnementale'], 'clause', ['consideration-contradiction']],
  ] as const)('environmental %j → %s', (raw, expected, defects) => {
    const ctx = context();
    expect(classifyEnvironmental(ctx, raw, true)).toBe(expected);
    expect(kinds(ctx)).toEqual(defects);
  });

  it('the 2019 schema has no considerations: not stated, and no defect for it', () => {
    const ctx = context();
    expect(classifyEnvironmental(ctx, undefined, false)).toBe('notStated');
    expect(classifySocial(ctx, undefined, false)).toBe('notStated');
    expect(ctx.defects).toEqual([]);
  });

  it.each([
    [['Clause sociale'], 'clause'],
    [['Critère social'], 'criterion'],
    [['Clause sociale', 'Critère social'], 'both'],
    [['Marché réservé'], 'reserved'],
    [['Concession réservée', 'Clause sociale'], 'reserved'],
    [['Pas de considération sociale'], 'none'],
    ['Sans objet', 'none'],
  ] as const)('social %j → %s', (raw, expected) => {
    expect(classifySocial(context(), raw, true)).toBe(expected);
  });
});

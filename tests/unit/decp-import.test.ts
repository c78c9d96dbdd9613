// Many DECP files read into one set of columns, as the worker does: contracts merged across files and
// shapes, progress per file, cancellation between files, fingerprints, defects counted whole.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDecpFiles, type DecpImportFile, type DecpImportProgress } from '../../src/data/decp/decp-import';
import { figuresOfColumns } from '../../src/domain/decp/column-figures';
import { tabularFixtureAsParquet } from '../decp-parquet-fixture';
import { fixture } from '../helpers';

const bytesOf = (buffer: Buffer): ArrayBuffer => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
const file = (name: string): DecpImportFile & { bytes: ArrayBuffer } => ({ name, bytes: bytesOf(readFileSync(fixture(`decp/${name}`))) });
const sha256 = (bytes: ArrayBuffer) => `sha256:${createHash('sha256').update(new Uint8Array(bytes)).digest('hex')}`;

// A 2019 record with a number as text twice and a French date: three defects, by hand.
const DIRTY = JSON.stringify({
  marches: [
    {
      id: 'X1',
      acheteur: { id: '21590163800019' },
      nature: 'Marché',
      objet: 'Travaux',
      codeCPV: '45210000',
      procedure: 'Procédure adaptée',
      dureeMois: '3',
      dateNotification: '02/01/2024',
      datePublicationDonnees: '2024-01-03',
      montant: '1000',
    },
  ],
});

describe('importing DECP files', () => {
  it('merges the same three contracts from three shapes, Parquet included', async () => {
    const files = [file('same-tabular.csv'), file('same-2022.json'), { name: 'same.parquet', bytes: tabularFixtureAsParquet() }];
    const sizes = files.map((f) => f.bytes.byteLength);
    const fingerprints = files.map((f) => sha256(f.bytes));
    const result = (await importDecpFiles(files))!;
    expect(result.columns.length).toBe(3);
    // Each contract is in three files: six records merged.
    expect(result.duplicates).toBe(6);
    expect(result.files.map((f) => [f.file, f.shape, f.records, f.sizeBytes, f.fingerprint, f.problem])).toEqual([
      ['same-tabular.csv', 'tabular', 3, sizes[0], fingerprints[0], null],
      ['same-2022.json', 'json-2022', 3, sizes[1], fingerprints[1], null],
      ['same.parquet', 'tabular', 3, sizes[2], fingerprints[2], null],
    ]);
    expect(figuresOfColumns(result.columns).environmentalAmounts).toEqual({ clause: 0, criterion: 800000, both: 50000, none: 130000.25, notStated: 0 });
    // The set's fingerprint: SHA-256 of the files' fingerprints, sorted, one a line.
    expect(result.fingerprint).toBe(sha256(bytesOf(Buffer.from([...fingerprints].sort().join('\n')))));
  });

  it('one file: the data set has the file’s fingerprint; the same files in another order, the same fingerprint', async () => {
    const one = (await importDecpFiles([file('same-2022.json')]))!;
    expect(one.fingerprint).toBe(sha256(file('same-2022.json').bytes));
    const ab = (await importDecpFiles([file('same-2022.json'), file('same-2019.json')]))!;
    const ba = (await importDecpFiles([file('same-2019.json'), file('same-2022.json')]))!;
    expect(ab.fingerprint).toBe(ba.fingerprint);
    expect(ab.fingerprint).not.toBe(one.fingerprint);
  });

  it('says its progress per file, fractions of all the bytes growing to 1', async () => {
    const files = [file('same-2022.json'), file('same-tabular.csv')];
    const [a, b] = files.map((f) => f.bytes.byteLength) as [number, number];
    const seen: DecpImportProgress[] = [];
    await importDecpFiles(files, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.fileIndex, p.fileFraction, p.fraction])).toEqual([
      [0, 0, 0],
      [0, 1, a / (a + b)],
      [1, 0, a / (a + b)],
      [1, 1, 1],
    ]);
  });

  it('stops between files when cancelled, and gives nothing', async () => {
    let filesRead = 0;
    const result = await importDecpFiles([file('same-2022.json'), file('same-2019.json')], {
      onProgress: (p) => (filesRead = p.fileFraction === 1 ? p.fileIndex + 1 : filesRead),
      cancelled: () => filesRead >= 1,
    });
    expect(result).toBeNull();
    expect(filesRead).toBe(1);
  });

  it('counts defects by kind and by field, with examples', async () => {
    const result = (await importDecpFiles([{ name: 'dirty.json', bytes: bytesOf(Buffer.from(DIRTY)) }]))!;
    expect(result.defects.total).toBe(3);
    expect(result.defects.byKind).toEqual({ 'number-as-text': 2, 'date-format': 1 });
    expect(result.defects.byField).toEqual({ dureeMois: 1, dateNotification: 1, montant: 1 });
    const examples = result.defects.examples.map((d) => [d.field, d.kind, d.found]);
    expect(examples.sort()).toEqual([
      ['dateNotification', 'date-format', '"02/01/2024"'],
      ['dureeMois', 'number-as-text', '"3"'],
      ['montant', 'number-as-text', '"1000"'],
    ]);
  });

  it('reads a Blob (a chosen File) when its turn comes, as it reads bytes', async () => {
    const json = file('same-2022.json');
    const result = (await importDecpFiles([{ name: 'chosen.json', bytes: new Blob([json.bytes]) }]))!;
    expect(result.columns.length).toBe(3);
    expect(result.files[0]).toMatchObject({ sizeBytes: json.bytes.byteLength, fingerprint: sha256(json.bytes) });
  });

  it('a file that is no DECP is listed with its problem, the others read', async () => {
    const result = (await importDecpFiles([{ name: 'notes.txt', bytes: bytesOf(Buffer.from('hello')) }, file('same-2022.json')]))!;
    expect(result.files[0]!.problem).toMatch(/not a DECP table/);
    expect(result.columns.length).toBe(3);
  });
});

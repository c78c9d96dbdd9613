// DECP data sets in IndexedDB (fake-indexeddb): chunks of at most 10,000 contracts, the same fingerprint
// recognised, removal of a data set with its chunks in one transaction, and unreadable chunks said.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDecpFiles, type DecpImportResult } from '../../src/data/decp/decp-import';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import {
  DECP_CONTRACTS_PER_CHUNK,
  findDecpDataset,
  listDecpDatasets,
  readDecpDatasets,
  removeDecpDataset,
  storeDecpDataset,
} from '../../src/data/storage/decp-store';
import { clearAllData } from '../../src/data/storage/reset';
import { figuresOfColumns } from '../../src/domain/decp/column-figures';

/** n contracts of one buyer, ids `${prefix}${i}`, contract i worth i + 1 €, all with an environmental clause. */
function contractsFile(name: string, n: number, prefix = 'C'): { name: string; bytes: ArrayBuffer } {
  const marche = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    acheteur: { id: '21590163800019' },
    nature: 'Marché',
    objet: `Objet ${i}`,
    codeCPV: '45210000',
    techniques: { technique: ['Sans objet'] },
    modalitesExecution: { modaliteExecution: ['Sans objet'] },
    typesPrix: { typePrix: ['Définitif ferme'] },
    procedure: 'Procédure adaptée',
    dureeMois: 12,
    dateNotification: '2024-03-15',
    datePublicationDonnees: '2024-03-20',
    montant: i + 1,
    considerationsEnvironnementales: { considerationEnvironnementale: ['Clause environnementale'] },
    considerationsSociales: { considerationSociale: ['Clause sociale'] },
  }));
  return { name, bytes: new TextEncoder().encode(JSON.stringify({ marches: { marche } })).buffer as ArrayBuffer };
}

const importOf = async (name: string, n: number, prefix?: string) => (await importDecpFiles([contractsFile(name, n, prefix)]))!;

let db: CarboneEviteDb;
beforeEach(async () => {
  db = await openDatabase(`decp-store-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('DECP data sets in IndexedDB', () => {
  it('stores 25,000 contracts as chunks of 10,000, 10,000 and 5,000, and reads them back whole', async () => {
    const result = await importOf('big.json', 25_000);
    const { status, dataset } = await storeDecpDataset(db, result, 1764000000000, 'set-1');
    expect(status).toBe('stored');
    expect(DECP_CONTRACTS_PER_CHUNK).toBe(10_000);
    expect(dataset).toMatchObject({ id: 'set-1', name: 'big.json', contracts: 25_000, chunks: 3, importedAt: 1764000000000, fingerprint: result.fingerprint });
    const chunks = await db.decpChunks.where('datasetId').equals('set-1').sortBy('slot');
    expect(chunks.map((c) => c.columns.length)).toEqual([10_000, 10_000, 5_000]);
    // A chunk's string tables hold its own rows' values: 10,000 objects and the empty text.
    expect(chunks[0]!.columns.object.values.length).toBe(10_001);
    const read = await readDecpDatasets(db, ['set-1']);
    if (!read.ok) throw new Error(read.problem);
    expect(read.columns.length).toBe(25_000);
    // 1 + 2 + … + 25,000 = 25,000 × 25,001 / 2 = 312,512,500 €, all with a clause.
    expect(figuresOfColumns(read.columns).environmentalAmounts.clause).toBe(312_512_500);
    expect(await db.decpChunks.count()).toBe(3);
  });

  it('recognises the same fingerprint and writes nothing the second time', async () => {
    const result = await importOf('a.json', 12);
    await storeDecpDataset(db, result, 1, 'first');
    expect((await findDecpDataset(db, result.fingerprint))?.id).toBe('first');
    const again = await storeDecpDataset(db, await importOf('a-renamed.json', 12), 2, 'second');
    expect(again).toMatchObject({ status: 'known', dataset: { id: 'first', name: 'a.json' } });
    expect(await db.decpDatasets.count()).toBe(1);
    expect(await db.decpChunks.count()).toBe(1);
    expect(await findDecpDataset(db, 'sha256:none')).toBeUndefined();
  });

  it('lists data sets oldest first and removes one with all its chunks, the other untouched', async () => {
    await storeDecpDataset(db, await importOf('late.json', 15_000, 'L'), 20, 'late');
    await storeDecpDataset(db, await importOf('early.json', 3, 'E'), 10, 'early');
    expect((await listDecpDatasets(db)).map((d) => d.id)).toEqual(['early', 'late']);
    await removeDecpDataset(db, 'late');
    expect((await listDecpDatasets(db)).map((d) => d.id)).toEqual(['early']);
    expect((await db.decpChunks.toArray()).map((c) => [c.datasetId, c.slot])).toEqual([['early', 0]]);
  });

  it('merges a contract present in two data sets when both are read', async () => {
    // Ids C0–C9 and C0–C14: ten contracts in both.
    const a = await importOf('a.json', 10);
    const b: DecpImportResult = await importOf('b.json', 15);
    await storeDecpDataset(db, a, 1, 'a');
    await storeDecpDataset(db, b, 2, 'b');
    const read = await readDecpDatasets(db, ['a', 'b']);
    if (!read.ok) throw new Error(read.problem);
    expect(read.columns.length).toBe(15);
    expect(read.duplicates).toBe(10);
  });

  it('a write that fails stores nothing at all', async () => {
    vi.spyOn(db.decpChunks, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(storeDecpDataset(db, await importOf('a.json', 3), 1, 'a')).rejects.toThrow('QuotaExceededError');
    expect(await db.decpDatasets.count()).toBe(0);
    expect(await db.decpChunks.count()).toBe(0);
  });

  it('a missing or damaged chunk makes the data set unreadable, never smaller', async () => {
    await storeDecpDataset(db, await importOf('a.json', 20_001), 1, 'a');
    await db.decpChunks.delete(['a', 1]);
    expect(await readDecpDatasets(db, ['a'])).toEqual({ ok: false, problem: 'missing-chunk', dataset: 'a' });

    await storeDecpDataset(db, await importOf('b.json', 5, 'B'), 2, 'b');
    const chunk = (await db.decpChunks.get(['b', 0]))!;
    await db.decpChunks.put({ ...chunk, columns: { ...chunk.columns, amountCents: [1, 2, 3] } as never });
    expect(await readDecpDatasets(db, ['b'])).toEqual({ ok: false, problem: 'unreadable-chunk', dataset: 'b' });
    expect(await readDecpDatasets(db, ['nope'])).toEqual({ ok: false, problem: 'unknown-dataset', dataset: 'nope' });
  });

  it('clearing all data clears the DECP stores too', async () => {
    await storeDecpDataset(db, await importOf('a.json', 3), 1, 'a');
    await clearAllData(db);
    expect(await db.decpDatasets.count()).toBe(0);
    expect(await db.decpChunks.count()).toBe(0);
  });
});

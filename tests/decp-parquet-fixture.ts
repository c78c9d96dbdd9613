// The tabular fixture same-tabular.csv written as Parquet with the column types the published file has
// (decp-processing writes it with polars): amounts as doubles, durations and modification ids as integers,
// dates as DATE, donneesActuelles as a boolean, the rest as text. Written at test time by hyparquet-writer,
// so no binary file is committed.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { fixture } from './helpers';

type ParquetType = 'STRING' | 'DOUBLE' | 'INT32' | 'DATE' | 'BOOLEAN';

const TYPES: Readonly<Record<string, ParquetType>> = {
  montant: 'DOUBLE',
  dureeMois: 'INT32',
  modification_id: 'INT32',
  dateNotification: 'DATE',
  datePublicationDonnees: 'DATE',
  donneesActuelles: 'BOOLEAN',
};

const SCHEMA: Readonly<Record<ParquetType, object>> = {
  STRING: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  DOUBLE: { type: 'DOUBLE' },
  INT32: { type: 'INT32' },
  DATE: { type: 'INT32', converted_type: 'DATE' },
  BOOLEAN: { type: 'BOOLEAN' },
};

function value(text: string, type: ParquetType): unknown {
  if (text === '') return null;
  if (type === 'DOUBLE' || type === 'INT32') return Number(text);
  if (type === 'DATE') return new Date(`${text}T00:00:00Z`);
  if (type === 'BOOLEAN') return text === 'true';
  return text;
}

/** A CSV fixture's rows as a Parquet file; `extra` adds columns (name → one value per row); `rowGroupSize` rows a group. */
export function tabularFixtureAsParquet(name = 'decp/same-tabular.csv', extra: Record<string, (string | null)[]> = {}, rowGroupSize?: number): ArrayBuffer {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(fixture(name), 'utf8'), { header: true, skipEmptyLines: true });
  const names = parsed.meta.fields ?? [];
  const types = names.map((n) => TYPES[n] ?? 'STRING');
  const extraNames = Object.keys(extra);
  return parquetWriteBuffer({
    columnData: [
      ...names.map((n, i) => ({ name: n, data: parsed.data.map((row) => value(row[n] ?? '', types[i]!)) })),
      ...extraNames.map((n) => ({ name: n, data: extra[n]! })),
    ],
    schema: [
      { name: 'root', num_children: names.length + extraNames.length },
      ...names.map((n, i) => ({ name: n, ...SCHEMA[types[i]!], repetition_type: 'OPTIONAL' })),
      ...extraNames.map((n) => ({ name: n, ...SCHEMA.STRING, repetition_type: 'OPTIONAL' })),
    ],
    ...(rowGroupSize ? { rowGroupSize } : {}),
  } as Parameters<typeof parquetWriteBuffer>[0]);
}

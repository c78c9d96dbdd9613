// A DECP file as the browser or the command line gets it, bytes: Parquet when it starts as one,
// otherwise text (UTF-8, else Windows-1252) read by readDecpText whatever its extension.
import type { DecpContractSink, DecpFileRead } from '../../../domain/decp/tree';
import { decodeCsvBytes } from '../base-carbone';
import { readDecpText } from './decp-text';
import { isParquet, readDecpParquet } from './decp-parquet';

/** With a `sink`, contracts go to it as they are read and `contracts` stays empty. */
export async function readDecpBytes(file: string, bytes: ArrayBuffer, onProgress?: (fraction: number) => void, sink?: DecpContractSink): Promise<DecpFileRead> {
  const view = new Uint8Array(bytes);
  if (isParquet(view)) return readDecpParquet(file, bytes, onProgress, sink);
  const read = readDecpText(file, decodeCsvBytes(view).text, sink);
  onProgress?.(1);
  return read;
}

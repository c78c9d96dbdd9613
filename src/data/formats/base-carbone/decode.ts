// The bytes of an export as text. ADEME's own download is Windows-1252, the copies met in the wild UTF-8.

// Windows-1252 bytes 0x80–0x9F (€, ’, –, œ…). Browsers decode them so; Node 20's TextDecoder reads
// 'windows-1252' as ISO-8859-1 and returns C1 control characters instead, mapped back here.
// The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 as Excel's "Unicode text" writes it: said by its byte-order mark, or, without one, seen in the zero
 * bytes every Latin character carries in one half of its two bytes.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  // A text file in UTF-8 or Windows-1252 has no zero byte at all.
  if (oddZeros > 0.3 * pairs && evenZeros === 0) return 'utf-16le';
  if (evenZeros > 0.3 * pairs && oddZeros === 0) return 'utf-16be';
  return null;
}

/** UTF-16 when it is that, UTF-8 (byte-order mark removed) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 = utf16Of(bytes);
  // TextDecoder drops the byte-order mark of the encoding it decodes.
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string);
    return { text, encoding: 'windows-1252' };
  }
}

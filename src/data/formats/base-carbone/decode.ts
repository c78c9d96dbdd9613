// The bytes of an export as text. ADEME's own download is Windows-1252, the copies met in the wild UTF-8.

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
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string);
    return { text, encoding: 'windows-1252' };
  }
}

// A scenario carried in the link itself: compressed JSON in the URL fragment, which browsers never send
// to a server. Links are read defensively: anything damaged, oversized or crafted is refused whole.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJsonText, parseScenario, SCENARIO_FORMAT, type Problem, type Scenario } from '../../domain';

/** The link format: bump it when the payload changes shape. */
export const SHARE_LINK_VERSION = '1';
/** Longer links are refused unread; a 200-line scenario is about 6,000 characters. */
export const MAX_LINK_CHARS = 200_000;
/** The decompressed scenario may not exceed this, whatever the link claims (no zip bombs). */
export const MAX_SCENARIO_BYTES = 4 * 1024 * 1024;

export type ShareLinkFailure =
  | { readonly reason: 'too-large'; readonly detail: string }
  | { readonly reason: 'link-version'; readonly detail: string }
  | { readonly reason: 'bad-encoding'; readonly detail: string }
  | { readonly reason: 'cut'; readonly detail: string }
  | { readonly reason: 'corrupt'; readonly detail: string }
  | { readonly reason: 'invalid'; readonly detail: string; readonly problems: Problem[] };

export type ShareLinkResult = { ok: true; scenario: Scenario } | ({ ok: false } & ShareLinkFailure);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The part of the link after `#/share/`. */
export function encodeShareLink(scenario: Scenario): string {
  return `${SHARE_LINK_VERSION}.${toBase64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }))}`;
}

/** Inflates at most `limit` bytes; a longer output is refused before it is all produced. Data that stop early are `cut`. */
function inflateBounded(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | 'cut' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  let overflow = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) {
      overflow = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
    finished ||= final;
  });
  try {
    for (let i = 0; i < bytes.length; i += 16_384) inflate.push(bytes.subarray(i, i + 16_384), i + 16_384 >= bytes.length);
  } catch (error) {
    // fflate's code 0 is "unexpected EOF": the data end before the stream does.
    return overflow ? 'too-large' : (error as { code?: unknown }).code === 0 ? 'cut' : 'corrupt';
  }
  if (!finished) return 'cut';
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function decodeShareLink(payload: string): ShareLinkResult {
  if (payload.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-large', detail: `${payload.length} characters, more than ${MAX_LINK_CHARS}` };
  const dot = payload.indexOf('.');
  const version = dot < 0 ? '' : payload.slice(0, dot);
  if (version !== SHARE_LINK_VERSION) return { ok: false, reason: 'link-version', detail: version || '(none)' };
  const body = payload.slice(dot + 1);
  // Only link characters, but a length base64 never has: the link was cut.
  if (/^[A-Za-z0-9_-]*$/.test(body) && body.length % 4 === 1) return { ok: false, reason: 'cut', detail: 'the link ends mid-character' };
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'bad-encoding', detail: 'not base64url' };
  const inflated = inflateBounded(bytes, MAX_SCENARIO_BYTES);
  if (inflated === 'too-large') return { ok: false, reason: 'too-large', detail: `more than ${MAX_SCENARIO_BYTES} bytes once unpacked` };
  if (inflated === 'cut') return { ok: false, reason: 'cut', detail: 'the compressed data end early' };
  if (inflated === 'corrupt') return { ok: false, reason: 'corrupt', detail: 'the compressed data are damaged' };
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'not UTF-8 text' };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, reason: 'corrupt', detail: json.problems[0]?.message ?? 'not JSON' };
  const value = json.value;
  // `null`, a list, a number or an object naming no format: no version of the app wrote that.
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;
  if (typeof format !== 'string') return { ok: false, reason: 'corrupt', detail: 'not a scenario (a JSON object with its format)' };
  if (format !== SCENARIO_FORMAT) return { ok: false, reason: 'link-version', detail: format };
  const scenario = parseScenario(json.value);
  if (!scenario.ok) return { ok: false, reason: 'invalid', detail: scenario.problems[0]?.message ?? '', problems: scenario.problems };
  return { ok: true, scenario: scenario.value };
}

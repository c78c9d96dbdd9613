// Scenarios in links: exact round trip; damaged, oversized or crafted links refused whole.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS } from '../../src/data/formats/share-link';
import { estimateScenario } from '../../src/domain';
import { scenarioOf, testIndex } from '../helpers';

const scenario = scenarioOf(
  [
    {
      id: 'm',
      label: 'Cantines <script>alert(1)</script>',
      quantity: 36000,
      unit: 'meal',
      share: 0.2,
      baseline: { factor: 'meal-beef' },
      alternative: { factor: 'meal-vegetarian' },
    },
    { id: 'l', quantity: 150, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 4 }, alternative: { factor: 'laptop-new', lifetimeYears: 6 } },
  ],
  { organisation: 'Ville de Lille', year: 2026 },
);
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('round trip gives the identical scenario and identical results', () => {
    const payload = encodeShareLink(scenario);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const back = decodeShareLink(payload);
    if (!back.ok) throw new Error(back.reason);
    expect(back.scenario).toEqual(scenario);
    const a = estimateScenario(scenario, testIndex());
    const b = estimateScenario(back.scenario, testIndex());
    expect(a.ok && b.ok && b.value.totals).toStrictEqual(a.ok && a.value.totals);
    // Script in a field stays a string, to be shown as text.
    expect(back.scenario.lines[0]?.label).toBe('Cantines <script>alert(1)</script>');
  });

  it.each([
    ['bad base64', '1.@@@!!!', 'bad-encoding'],
    ['empty', '1.', 'bad-encoding'],
    ['no version', 'eJzLSM3JyVcozy_KSQEAGgQEXQ', 'link-version'],
    ['unknown link version', '9.eJzLSM3JyVcozy_KSQEAGgQEXQ', 'link-version'],
    // 0xff opens a final block of type 3, which deflate does not have: damaged, not cut.
    ['not deflate data', `1.${base64url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`, 'corrupt'],
    ['oversized link', `1.${'A'.repeat(MAX_LINK_CHARS)}`, 'too-large'],
  ])('refuses %s', (_, payload, reason) => {
    const result = decodeShareLink(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('calls a truncated link cut, wherever it was cut', () => {
    const payload = encodeShareLink(scenario);
    // Cut at 60 % and a character before the end: the compressed data stop early, or the length is one no
    // base64 text has (4k + 1), and both are the same fault for the person holding the link.
    for (const end of [Math.floor(payload.length * 0.6), payload.length - 1])
      expect(decodeShareLink(payload.slice(0, end))).toMatchObject({ ok: false, reason: 'cut' });
    const body = payload.slice(2);
    const oneOver = body.slice(0, body.length - (body.length % 4) - 3);
    expect(oneOver.length % 4).toBe(1);
    expect(decodeShareLink(`1.${oneOver}`)).toMatchObject({ ok: false, reason: 'cut' });
  });

  it('refuses a zip bomb before unpacking it all', () => {
    // 64 MB of spaces compresses to a few tens of kB: small link, huge content.
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024).fill(32), { level: 9 });
    const payload = `1.${base64url(bomb)}`;
    expect(payload.length).toBeLessThan(MAX_LINK_CHARS);
    expect(decodeShareLink(payload)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says a link holding JSON that is no scenario at all (null, a list, a number, an object without format) is damaged, not of another version', () => {
    for (const value of [null, [1, 2], 42, { name: 'x' }]) {
      const payload = `1.${base64url(deflateSync(strToU8(JSON.stringify(value))))}`;
      expect(decodeShareLink(payload)).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });

  it('refuses another format version and an invalid scenario, naming the problem', () => {
    const wrongFormat = `1.${base64url(deflateSync(strToU8(JSON.stringify({ ...scenario, format: 'carbone-evite/scenario@2' }))))}`;
    expect(decodeShareLink(wrongFormat)).toMatchObject({ ok: false, reason: 'link-version', detail: 'carbone-evite/scenario@2' });
    const negative = { ...scenario, lines: [{ ...scenario.lines[0], quantity: -5 }] };
    const invalid = decodeShareLink(`1.${base64url(deflateSync(strToU8(JSON.stringify(negative))))}`);
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
    if (!invalid.ok && invalid.reason === 'invalid') expect(invalid.problems[0]?.path).toEqual(['lines', 0, 'quantity']);
  });
});

// Numbers as people type them: "1 234,5" in French, "1,234.5" in English, and a plain "1234.5" in both.
import type { Language } from './index';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' };

export function parseLocalNumber(text: string, language: Language): ParsedNumber {
  let t = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/\u2212/g, '-');
  if (t === '') return { ok: false, reason: 'empty' };
  if (language === 'fr') {
    // A comma is the decimal mark; a point is too when there is no comma.
    if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  } else {
    t = t.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { ok: false, reason: 'not-a-number' };
  const value = Number(t);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

// Scenario files chosen on the list screen: what is being read is said while it is read; a file too large is
// refused unread, one the browser cannot read is said, and the valid ones are stored together.
import { describe, expect, it, vi } from 'vitest';
import { MAX_SCENARIO_FILE_BYTES, ScenarioFilesImport } from '../../src/ui/scenarios/scenario-files.svelte';
import type { Scenario } from '../../src/domain';

const valid = JSON.stringify({
  format: 'carbone-evite/scenario@1',
  name: 'Cantine',
  factorTable: { id: 'test-table', version: '1' },
  lines: [{ id: 'm', quantity: 10, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }],
});
const file = (name: string, text: string | Promise<string>, size = typeof text === 'string' ? text.length : 1000) => ({
  name,
  size,
  text: vi.fn(() => Promise.resolve(text)),
});

describe('ScenarioFilesImport', () => {
  it('says what it reads while it reads, and stores the valid files together', async () => {
    let release!: (text: string) => void;
    const slow = { name: 'grand.json', size: 3 * 1024 * 1024, text: () => new Promise<string>((r) => (release = r)) };
    const stored: Scenario[][] = [];
    const files = new ScenarioFilesImport(async (s) => (stored.push([...s]), true));
    const done = files.importFiles([slow, file('petit.json', valid)]);
    expect(files.working).toEqual({ files: 2, bytes: 3 * 1024 * 1024 + valid.length });
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    release(valid);
    expect(await done).toBe(2);
    expect(files.working).toBeNull();
    expect(stored.map((batch) => batch.map((s) => s.name))).toEqual([['Cantine', 'Cantine']]);
  });

  it('refuses a file over the limit without reading it, and says a file that cannot be read', async () => {
    const huge = file('enorme.json', valid, MAX_SCENARIO_FILE_BYTES + 1);
    const broken = { name: 'casse.json', size: 10, text: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')) };
    const store = vi.fn(async () => true);
    const files = new ScenarioFilesImport(store);
    expect(await files.importFiles([huge, broken])).toBe(0);
    expect(huge.text).not.toHaveBeenCalled();
    expect(store).not.toHaveBeenCalled();
    expect(files.problems.map((p) => [p.file, p.problem.code, p.problem.params?.size])).toEqual([
      ['enorme.json', 'file-too-large', MAX_SCENARIO_FILE_BYTES + 1],
      ['casse.json', 'unreadable-file', undefined],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { equivalences } from '../../src/domain';

const tables = readBundledTables();
if (!tables.ok) throw new Error('tables');
const current = tables.value.find((t) => t.version === '2025.1')!;
const older = tables.value.find((t) => t.version === '2024.1')!;

describe('equivalences', () => {
  it('tells the demo total in car km, beef meals and TGV km, citing each factor', () => {
    // 126 381.3 kg / 0.256 kg per km = 493 676.95 km ; / 6.29 kg per meal = 20 092 meals ; / 0.00293 = 43 133 549 km
    const [car, meals, tgv] = equivalences(126381.3, current);
    expect(car).toMatchObject({ kind: 'car-km', factorId: 'car-average-2023', sourceId: '43791' });
    expect(car?.amount).toBeCloseTo(126381.3 / 0.256, 6);
    expect(meals?.amount).toBeCloseTo(126381.3 / 6.29, 6);
    expect(tgv?.amount).toBeCloseTo(126381.3 / 0.00293, 3);
  });

  it('uses the TGV factor of the scenario’s own version', () => {
    expect(equivalences(1000, older).find((e) => e.kind === 'tgv-km')).toMatchObject({ factorId: 'train-tgv-2021', factorValue: 0.00334 });
  });

  it('has nothing to say of an increase', () => {
    expect(equivalences(-40, current)).toEqual([]);
    expect(equivalences(0, current)).toEqual([]);
  });
});

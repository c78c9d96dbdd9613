// The place of execution as department and region, from each kind of code lieuExecution carries. Regions
// by hand from INSEE's code officiel géographique (2016 regions).
import { describe, expect, it } from 'vitest';
import { readPlace, regionOfDepartment } from '../../src/domain/decp/place';

describe('place of execution', () => {
  it.each([
    [{ code: '59170', typeCode: 'Code postal' }, '59', '32'],
    [{ code: '97400', typeCode: 'Code postal' }, '974', '04'],
    [{ code: '20000', typeCode: 'Code postal' }, '2A', '94'],
    [{ code: '20200', typeCode: 'Code postal' }, '2B', '94'],
    [{ code: '75056', typeCode: 'Code commune' }, '75', '11'],
    [{ code: '2A004', typeCode: 'Code commune' }, '2A', '94'],
    [{ code: '97105', typeCode: 'Code commune' }, '971', '01'],
    [{ code: '1', typeCode: 'Code département' }, '01', '84'],
    [{ code: '2b', typeCode: 'code departement' }, '2B', '94'],
    [{ code: 35, typeCode: 'Code département' }, '35', '53'],
    [{ code: '592', typeCode: 'Code arrondissement' }, '59', '32'],
    [{ code: '6201', typeCode: 'Code canton' }, '62', '32'],
    [{ code: '44', typeCode: 'Code région' }, null, '44'],
    [{ code: '32', typeCode: 'Code region' }, null, '32'],
    [{ code: '99', typeCode: 'Code région' }, null, null],
    [{ code: 'FR', typeCode: 'Code pays' }, null, null],
    [{ code: 'REUNION', typeCode: 'Code département' }, null, null],
    [{ code: '98000', typeCode: 'Code postal' }, null, null],
    [{ code: '', typeCode: 'Code postal' }, null, null],
    ['59', null, null],
    [undefined, null, null],
  ])('%j is department %s, region %s', (raw, department, region) => {
    expect(readPlace(raw)).toEqual({ department, region });
  });

  it('every department of a region maps back to it', () => {
    expect(['02', '59', '60', '62', '80'].map(regionOfDepartment)).toEqual(['32', '32', '32', '32', '32']);
    expect(regionOfDepartment('20')).toBeNull();
  });
});

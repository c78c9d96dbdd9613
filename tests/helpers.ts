import { readFileSync } from 'node:fs';
import {
  evaluateScenario,
  indexFactors,
  parseFactorTable,
  parseScenario,
  type Estimate,
  type FactorIndex,
  type FactorTable,
  type Result,
  type Scenario,
  type ScenarioInput,
} from '../src/domain';

export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

export function loadTestTable(): FactorTable {
  const parsed = parseFactorTable(JSON.parse(readFileSync(fixture('test-table.json'), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

export function testIndex(custom: Scenario['customFactors'] = []): FactorIndex {
  const index = indexFactors(loadTestTable(), custom);
  if (!index.ok) throw new Error(JSON.stringify(index.problems));
  return index.value;
}

type LineInput = ScenarioInput['lines'][number];

export function scenarioOf(lines: LineInput[], extra: Partial<ScenarioInput> = {}): Scenario {
  const parsed = parseScenario({
    format: 'carbone-evite/scenario@1',
    name: 'test',
    factorTable: { id: 'test-table', version: '1' },
    lines,
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** The estimate part of the one evaluation path, for tests that check figures only. */
export function estimateWithTables(scenario: Scenario, tables: readonly FactorTable[]): Result<Estimate> {
  const evaluation = evaluateScenario(scenario, tables);
  return evaluation.ok ? { ok: true, value: evaluation.value.estimate } : evaluation;
}

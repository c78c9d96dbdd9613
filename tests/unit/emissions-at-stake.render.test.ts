// The emissions-at-stake component, rendered to HTML by Svelte's server renderer with the bundled tables,
// for tests/fixtures/decp/spend-2022.json (figures by hand in decp-spend.test.ts): division 39 at 5,787 kg
// (5.79 t, range 1.16 – 10.4 t), its groups 391 and 398 mapped and the rest of 39 without a ratio;
// division 72 at 3,000 kg (3.00 t) with a 100,000 € ceiling apart; 8,787 kg in total (8.79 t).
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { columnsOfContracts } from '../../src/domain/decp/columns';
import type { AppState } from '../../src/state/app.svelte';
import { LocaleState } from '../../src/state/locale.svelte';
import EmissionsAtStake from '../../src/ui/contracts-spend/EmissionsAtStake.svelte';
import WithContexts from './components/WithContexts.svelte';
import { fixture } from '../helpers';

const read = readBundledTables();
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const tables = read.value;
const columns = columnsOfContracts(readDecpText('spend-2022.json', readFileSync(fixture('decp/spend-2022.json'), 'utf8')).contracts).columns;

beforeAll(() => {
  // LocaleState writes the page's language; the server renderer has no page.
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: '' } };
});

async function html(language: 'fr' | 'en', props: Record<string, unknown>, appTables = tables): Promise<string> {
  const locale = new LocaleState();
  await locale.setLanguage(language);
  const app = { tables: appTables } as unknown as AppState;
  return render(WithContexts, { props: { app, locale, component: EmissionsAtStake, props } }).body;
}

// The text of the page as a reader gets it: tags dropped, spaces folded (Intl's narrow spaces included).
const text = (h: string) =>
  h
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u202f\u00a0]+/g, ' ')
    .trim();

describe('EmissionsAtStake', () => {
  it('shows the table per CPV division, the range, the unmapped amount, the ceilings and the statement (French)', async () => {
    const t = text(await html('fr', { columns, onStartScenario: () => {} }));
    expect(t).toContain('Émissions en jeu dans les achats');
    expect(t).toContain('ne distingue pas un achat durable d’un achat conventionnel');
    expect(t).toContain('Fourchette (±80 %)');
    expect(t).toContain('39 — Meubles (y compris les meubles de bureau)');
    expect(t).toContain('391 — Mobilier 231 kgCO2e/k€ HT 1 12 000 € 2,77 0,554 – 4,99');
    expect(t).toContain('398 — Produits de nettoyage et produits à polir 603 kgCO2e/k€ HT 1 5 000 € 3,02 0,603 – 5,43');
    expect(t).toContain('Sans ratio');
    expect(t).toContain('72 — Services de technologies de l');
    expect(t).toContain('75 kgCO2e/k€ HT 1 40 000 € 3,00 0,600 – 5,40 100 000 €');
    expect(t).toContain('Total 4 65 000 € 8,79 1,76 – 15,8 100 000 €');
    expect(t).toContain('8 000 € d’achats (12,3 % du montant) n’ont pas de ratio crédible');
    expect(t).toContain('Plafonds d’accords-cadres, hors total : 1 marché(s) pour 100 000 €');
    expect(t).toContain('7,5 t CO2e de plus');
    expect(t).toContain('Démarrer un scénario à partir de ces marchés');
  });

  it('of a selection, in English, without the button when no callback is given', async () => {
    // S1 and S5: 2,772 + 3,000 = 5,772 kg.
    const t = text(await html('en', { columns, selection: Uint32Array.of(0, 4) }));
    expect(t).toContain('cannot tell a sustainable purchase from a conventional one');
    expect(t).toContain('Total 2 €52,000');
    expect(t).toContain('Total 2 €52,000 5.77 1.15 – 10.4');
    expect(t).not.toContain('Framework ceilings, not in the total:');
    expect(t).not.toContain('Start a scenario from these contracts');
  });

  it('says so when the table the mapping refers to is not at hand', async () => {
    const t = text(
      await html(
        'en',
        { columns },
        tables.filter((x) => x.version !== '2025.2'),
      ),
    );
    expect(t).toContain('The factor table the CPV → monetary ratio mapping refers to is not at hand');
  });
});

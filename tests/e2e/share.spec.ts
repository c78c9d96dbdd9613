// A scenario passed around in a link: read-only preview, saved on request; bad links refused.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('share the demo by link, preview it, save it; damaged links are refused and store nothing', async ({ page, context }, testInfo) => {
  await openDemo(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Lien de partage' }).click();
  const link = await page.getByLabel(/Lien de partage/).inputValue();
  expect(link).toMatch(/#\/share\/1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/il n’est envoyé à aucun serveur/)).toBeVisible();

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText('Aperçu d’un scénario reçu par lien')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Achats durables d’une collectivité' })).toBeVisible();
  await expect(other.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  await expectNoSeriousAxeViolations(other);
  await other.screenshot({ path: testInfo.outputPath('share-preview-fr.png'), fullPage: true });
  await other.getByRole('button', { name: 'Enregistrer dans mes scénarios' }).click();
  await expect(other.getByLabel('Nom du scénario')).toBeVisible();
  await expect(other.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');

  await other.goto('/#/');
  const list = other.getByRole('list', { name: 'Mes scénarios' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const payload = link.split('#/share/')[1] as string;
  for (const [bad, message] of [
    ['1.@@@@', 'Le lien est abîmé : il contient des caractères qu’un lien de partage ne contient jamais.'],
    // Cut by a mail or chat app, halfway or at the last character: called cut, in French only.
    [payload.slice(0, Math.floor(payload.length / 2)), 'Le lien est coupé : il s’arrête avant la fin du scénario'],
    [payload.slice(0, -1), 'Le lien est coupé : il s’arrête avant la fin du scénario'],
    [`7.${payload.slice(2)}`, 'Ce lien vient d’une autre version de Carbone évité'],
    [`1.${'A'.repeat(200_001)}`, 'Le lien est trop long'],
  ] as const) {
    await other.goto(`/#/share/${bad}`);
    await expect(other.getByRole('heading', { level: 1, name: 'Ce lien ne peut pas être ouvert' })).toBeVisible();
    await expect(other.getByText(message, { exact: false })).toBeVisible();
    await expect(other.getByRole('alert')).not.toContainText(/ the |damaged|characters|compressed/);
  }
  await other.goto('/#/');
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

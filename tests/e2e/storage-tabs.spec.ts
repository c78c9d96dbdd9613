// Two tabs and one database (issue 13, point 6): an edit not yet saved when another tab upgrades the
// database is saved before this tab lets go; and an upgrade held up by a tab still open on an older
// version is said, not left at "Chargement…", and goes on by itself once that tab lets go.
import { expect, test } from '@playwright/test';
import { openDemo } from './support';

const DB = 'carbone-evite';

test('an edit waiting to be saved is stored before another tab upgrades the database', async ({ page, context }) => {
  await page.clock.install();
  await openDemo(page);
  // Time stopped: the editor's save, due a moment after typing, can only happen on the upgrade's signal.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('Nom du scénario').fill('Renommé avant la mise à jour');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistrement…' })).toBeVisible();

  // Another tab (a same-origin page that is not the app) opens the database at a higher version (IndexedDB
  // version 60: Dexie stores schema version 5 as 50).
  const other = await context.newPage();
  await other.goto('/icon.svg');
  const names = await other.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open(name, 60);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('scenarios').objectStore('scenarios').getAll();
          read.onsuccess = () => {
            resolve((read.result as { scenario: { name: string } }[]).map((r) => r.scenario.name));
            db.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    DB,
  );
  expect(names).toEqual(['Renommé avant la mise à jour']);
  await expect(page.getByRole('alert')).toContainText('Rechargez cette page pour continuer ; vos données sont intactes.');
  await expect(page.getByRole('heading', { level: 1, name: 'Carbone évité a été mis à jour dans un autre onglet' })).toBeVisible();
});

test('an upgrade held up by a tab on an older version is said, and goes on once that tab closes', async ({ page, context }) => {
  // A tab of an older app (schema 3) keeps its connection open and ignores the upgrade's request.
  const old = await context.newPage();
  await old.goto('/icon.svg');
  await old.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 30);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('meta', { keyPath: 'key' });
          db.createObjectStore('factorTables', { keyPath: ['id', 'version'] }).createIndex('id', 'id');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
      }),
    DB,
  );

  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Fermez cet autre onglet ou rechargez-le');
  // Said as what it is: the storage is there, an update waits for the other tab.
  await expect(page.getByRole('heading', { level: 1, name: 'Une mise à jour attend la fermeture d’un autre onglet' })).toBeVisible();

  await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(page.getByRole('heading', { level: 1, name: 'Achats durables d’une collectivité' })).toBeVisible();
});

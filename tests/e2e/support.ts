import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Collects every request that leaves the page's origin. */
export function watchRequests(page: Page, origin: string): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });
  return elsewhere;
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The accessible name of the focused element, roughly as a screen reader would read it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.id;
    const label = id ? document.querySelector(`label[for="${id}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`No focusable element named ${name} within ${max} presses of Tab`);
}

/** The demo scenario opens on the first visit; this waits for it. */
export async function openDemo(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Achats durables d’une collectivité' })).toBeVisible();
}

/**
 * Waits until the 95 % intervals of the figures on screen are computed: the Monte Carlo worker runs a moment
 * after the figures settle, and the results region stays aria-busy until its answer is shown.
 */
export async function waitForIntervals(page: Page) {
  await expect(page.getByTestId('results')).toHaveAttribute('aria-busy', 'false');
}

/**
 * Every write the page makes is refused as over quota, as a full disk makes the browser refuse it; freeSpace
 * gives the writes back. (Chromium's Storage.overrideQuotaForOrigin was tried: it leaves a database opened
 * before it writable, so it cannot fill the disk under an open editor.)
 */
export async function fillDisk(page: Page) {
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const { put, add } = IDBObjectStore.prototype;
    Object.assign(window, { freeSpace: () => Object.assign(IDBObjectStore.prototype, { put, add }) });
    Object.assign(IDBObjectStore.prototype, { put: refuse, add: refuse });
  });
}

export const freeSpace = (page: Page) => page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());

// Whether the page is being printed. The report's table of every line is built only then: kept in the page
// (hidden) it would cost a row per line on every keystroke, which a 10,000-line scenario cannot afford.
import { flushSync } from 'svelte';

class Printing {
  #before = $state(false);
  #media = $state(false);

  constructor() {
    if (typeof window === 'undefined') return;
    // beforeprint comes from the print dialog; the media query also follows emulated print media (tests).
    // flushSync: the page is laid out for paper as soon as beforeprint returns, so the rows must be there.
    addEventListener('beforeprint', () => flushSync(() => (this.#before = true)));
    addEventListener('afterprint', () => (this.#before = false));
    const query = matchMedia('print');
    this.#media = query.matches;
    query.addEventListener('change', (e) => (this.#media = e.matches));
  }

  get now(): boolean {
    return this.#before || this.#media;
  }
}

export const printing = new Printing();

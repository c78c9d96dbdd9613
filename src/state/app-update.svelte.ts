// A new release of the app, installed in the background by the service worker, is offered and applied when
// the person reloads: never swapped under an open page, whose lazily loaded screens still need the files of
// the release it started with (the old worker keeps serving them until then).
export class AppUpdate {
  /** A new release is installed and waits for the person's reload. */
  ready = $state(false);
  #apply: ((reloadPage?: boolean) => Promise<void>) | null = null;

  /** Registers the service worker; loaded after the first screen, so it adds nothing to the first load. */
  async start(): Promise<void> {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#apply = registerSW({ immediate: true, onNeedRefresh: () => (this.ready = true) });
  }

  /** Lets the waiting release take over, then reloads the page under it. */
  async apply(): Promise<void> {
    if (!this.#apply) return location.reload();
    // workbox-window reloads by itself only in a page that already had a worker when it loaded; a tab open
    // since the very first visit did not, so the reload is asked for here, once the new worker controls it.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    await this.#apply(true);
  }
}

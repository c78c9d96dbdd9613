/** Lets the page paint what it is doing (a "reading…" status) before a long stretch of work that holds the thread. */
export const painted = (): Promise<void> =>
  new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));

// A Dexie liveQuery read through `.current`: subscribed while something on screen reads it, updated on
// every commit that touches what it read, in this tab or another.
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

export class LiveQuery<T> {
  #value: T;
  #error: unknown = null;
  #subscribe: () => void;

  constructor(query: () => T | Promise<T>, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => {
          this.#value = value;
          this.#error = null;
          update();
        },
        error: (error: unknown) => {
          this.#error = error;
          update();
        },
      });
      return () => subscription.unsubscribe();
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  get error(): unknown {
    this.#subscribe();
    return this.#error;
  }
}

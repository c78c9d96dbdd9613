// Storage calls made for a screen: the one place where a failure becomes the reason the screen shows
// (worded once, under `storage.<reason>` in the catalogues). Stored data are never touched by a failure:
// every write is one transaction, so a failed one leaves them as they were.
import { classifyStorageError, type StorageFailure } from '../data/storage/failures';

export class StorageTask {
  failure = $state<StorageFailure | null>(null);
  busy = $state(false);

  /** Runs a storage call; its result, or undefined with `failure` set when it failed. */
  async run<T>(action: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    try {
      const result = await action();
      this.failure = null;
      return result;
    } catch (error) {
      this.fail(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** For a caller that first tells apart an error it handles itself (a table still in use, say). */
  fail(error: unknown): void {
    this.failure = classifyStorageError(error);
  }

  clear(): void {
    this.failure = null;
  }
}

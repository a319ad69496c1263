// IndexedDB for the analytics store, with deadlines: a database that never answers (a wedged
// profile, a disk gone read-only) fails in a few seconds instead of never, and a full one can be
// pruned. Nothing here logs or retries; the store (store.ts) decides what to do.

export const DB_NAME = 'museum-kiosk';
export const STORE = 'events';

/** IndexedDB did not answer in time. */
export class StorageTimeout extends Error {
  override name = 'StorageTimeout';
}

/** Whether `e` says the storage quota is full. */
export function isQuotaFull(e: unknown): boolean {
  return (e as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/**
 * Opens the database; null when this browser has no usable IndexedDB (it refused, or threw).
 * Rejects with StorageTimeout after `ms`; a connection that opens after that is closed.
 */
export function openDb(factory: IDBFactory, ms: number): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new StorageTimeout(`IndexedDB did not open in ${ms / 1000} s`));
    }, ms);
    const settle = (db: IDBDatabase | null) => {
      clearTimeout(timer);
      if (late) db?.close();
      else resolve(db);
    };
    try {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore(STORE, { autoIncrement: true });
      request.onsuccess = () => settle(request.result);
      request.onerror = () => {
        clearTimeout(timer);
        if (!late) reject(request.error ?? new Error('IndexedDB refused to open'));
      };
    } catch (e) {
      clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** Resolves when `tx` commits; rejects with the error that aborted it, or aborts it and rejects after `ms`. */
export function finished(tx: IDBTransaction, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        tx.abort();
      } catch {
        // Already finished or never started: nothing to undo.
      }
      reject(new StorageTimeout(`an IndexedDB transaction did not finish in ${ms / 1000} s`));
    }, ms);
    tx.oncomplete = () => {
      clearTimeout(timer);
      resolve();
    };
    // A failed request aborts its transaction, which then holds the error (QuotaExceededError).
    tx.onabort = () => {
      clearTimeout(timer);
      reject(tx.error ?? new Error('the IndexedDB transaction was aborted'));
    };
  });
}

/** The result of `request`, read in its own transaction `tx`, within `ms`. */
export async function read<T>(tx: IDBTransaction, request: IDBRequest<T>, ms: number): Promise<T> {
  await finished(tx, ms);
  return request.result;
}

/** Deletes the oldest events in `store` (readwrite) but `keep(count)`; the tally fills as it goes. */
function deleteOldest(
  store: IDBObjectStore,
  keep: (count: number) => number,
): { had: number; deleted: number } {
  const tally = { had: 0, deleted: 0 };
  const count = store.count();
  count.onsuccess = () => {
    tally.had = count.result;
    let excess = tally.had - keep(tally.had);
    if (excess <= 0) return;
    // Keys grow with every event, so the cursor meets the oldest first.
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      if (!cursor.result || excess-- <= 0) return;
      cursor.result.delete();
      tally.deleted++;
      cursor.result.continue();
    };
  };
  return tally;
}

/** Adds `events`, then deletes the oldest beyond `max`, in one transaction of at most `ms`. */
export function addBounded(
  db: IDBDatabase,
  events: readonly unknown[],
  max: number,
  ms: number,
): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const event of events) store.add(event);
  deleteOldest(store, () => max);
  return finished(tx, ms);
}

/** Deletes the oldest `share` (0–1) of the stored events; how many there were, how many went. */
export async function pruneOldest(
  db: IDBDatabase,
  share: number,
  ms: number,
): Promise<{ had: number; deleted: number }> {
  const tx = db.transaction(STORE, 'readwrite');
  const tally = deleteOldest(tx.objectStore(STORE), (had) => had - Math.ceil(had * share));
  await finished(tx, ms);
  return tally;
}

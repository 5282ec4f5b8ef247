// Loads an element waits for before its updateComplete resolves (strings, lazily defined elements,
// the engine), so tests and hosts can await one promise. Kept apart from lazy-elements.ts, which
// imports the lazily defined elements: they import this module, and no cycle forms.

/** Waits for a set of pending loads, then for the element's own update, until nothing is pending. */
export async function afterPending(pending: Set<Promise<unknown>>, update: () => Promise<boolean>): Promise<boolean> {
  let done = await update();
  while (pending.size) {
    await Promise.allSettled([...pending]);
    done = await update();
  }
  return done;
}

/** Adds a promise to a pending set until it settles. */
export function track<T>(pending: Set<Promise<unknown>>, p: Promise<T>): Promise<T> {
  const tracked: Promise<unknown> = p.finally(() => pending.delete(tracked));
  tracked.catch(() => undefined); // failures are handled by the caller of `p`
  pending.add(tracked);
  return p;
}

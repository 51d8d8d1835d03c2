/**
 * One resource per test run, shared by every project whose global setup asks for it (the
 * embed bundle, Chromium). Vitest runs each project's global setups in its main process but
 * loads the setup modules once per project, so the shared state lives on globalThis.
 */
interface Shared {
  value: Promise<unknown>;
  users: number;
  close: () => Promise<void>;
}

const KEY = Symbol.for('prim.test.oncePerRun');
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<
  string,
  Shared
>;

/**
 * The value `make` gives, made on the first call of the run. The returned teardown closes it
 * (with `close`) once every setup that asked for it has torn down.
 */
export async function oncePerRun<T>(
  key: string,
  make: () => Promise<T>,
  close: (value: T) => Promise<void> = async () => {},
): Promise<{ value: T; teardown: () => Promise<void> }> {
  let shared = registry.get(key);
  if (!shared) {
    const value = make();
    shared = { value, users: 0, close: async () => close(await value) };
    registry.set(key, shared);
    // A failed make is not cached: the next setup of the run tries again.
    value.catch(() => registry.delete(key));
  }
  shared.users++;
  const entry = shared;
  const teardown = async () => {
    if (--entry.users > 0) return;
    registry.delete(key);
    await entry.close();
  };
  try {
    return { value: (await entry.value) as T, teardown };
  } catch (err) {
    entry.users--;
    throw err;
  }
}

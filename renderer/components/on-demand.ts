/** A module that loads on demand, once, and is at hand synchronously after that. */
export type OnDemand<M> = {
  /** Starts the load (once) and resolves with the module; a failed load may be retried by calling again. */
  load: () => Promise<M>;
  /** The module once it has loaded, else undefined. */
  loaded: () => M | undefined;
};

/**
 * Wraps a dynamic `import()` kept out of the start-up bundle (issue 13) for code that must run
 * synchronously once the module is there: one load however many callers ask, the module kept,
 * and a failed load (an app update removed the chunk) forgotten so the next call tries again.
 */
export function onDemand<M>(importModule: () => Promise<M>): OnDemand<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= importModule().then(
        (loadedModule) => (module = loadedModule),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

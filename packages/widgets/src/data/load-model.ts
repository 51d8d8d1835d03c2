type FullModel = typeof import('./full-model.js');
let loaded: FullModel | undefined;

/** The validator and model chunk, downloaded on first need and shared by every element. */
export const loadModel = (): Promise<FullModel> =>
  import('./full-model.js').then((model) => (loaded = model));

/** The chunk, once it has loaded (anything that came from it, a feed issue, implies it has). */
export const loadedModel = (): FullModel | undefined => loaded;

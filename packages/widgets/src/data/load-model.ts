/** The validator and model chunk, downloaded on first need and shared by every element. */
export const loadModel = (): Promise<typeof import('./full-model.js')> => import('./full-model.js');

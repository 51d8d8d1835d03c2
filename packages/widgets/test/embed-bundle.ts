/** The embed bundle built once for this run (embed-global-setup.ts). */
import { inject } from 'vitest';
import type { BuiltFile } from '../scripts/build-in-memory.js';

export const embedBundle = (): BuiltFile => inject('embedBundle');

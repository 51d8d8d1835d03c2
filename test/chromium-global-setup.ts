/**
 * One Chromium per test run for the Node-side browser tests (the embed bundle's tests and the
 * dashboard's and WordPress's end-to-end tests): launched once for every project that lists
 * this setup, reached by each file with `sharedChromium()`. Launching a browser per file cost
 * seconds each on a busy machine.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../chromium.js';
import { oncePerRun } from './once-per-run.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { value: server, teardown } = await oncePerRun(
    'chromium',
    // --expose-gc: the memory check of the stress test collects garbage before each reading.
    () => chromium.launchServer(chromiumLaunchOptions({ args: ['--js-flags=--expose-gc'] })),
    (server) => server.close(),
  );
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return teardown;
}

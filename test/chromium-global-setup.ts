/**
 * One Chromium per test run for the Node-side browser tests (the embed bundle's tests and the
 * dashboard's end-to-end tests): launched here once, reached by each file with
 * `sharedChromium()`. Launching a browser per file cost seconds each on a busy machine.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // --expose-gc: the memory check of the stress test collects garbage before each reading.
  const server = await chromium.launchServer(
    chromiumLaunchOptions({ args: ['--js-flags=--expose-gc'] }),
  );
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}

/**
 * The one Chromium every browser run of this repository drives: Vitest's browser project, the
 * Node tests that load the embed bundle, the dashboard's end-to-end tests and the benchmarks.
 * It is Debian's build (or $CHROMIUM_PATH) with the flags a headless CI machine needs. It sits
 * at the root, beside vitest.config.ts, because playwright-core is a root dependency and every
 * package reaches this file the same way, without depending on another package's tests.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for that Chromium; extra `args` come after the common flags. */
export function chromiumLaunchOptions(options: LaunchOptions = {}): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  };
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(options));
}

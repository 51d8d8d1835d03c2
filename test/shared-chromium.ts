/**
 * The run's one Chromium (test/chromium-global-setup.ts), from a test file. Closing the
 * returned Browser closes this file's pages and disconnects; the browser stays up for the
 * other files.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export function sharedChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

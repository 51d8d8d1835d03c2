import { afterEach, describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, reportFrameHeight } from '../src/embed/frame-height.js';

/** A framed window whose document is `height()` px tall, recording what it posts. */
function framedWindow(hash: string, height: () => number) {
  const posted: unknown[] = [];
  const listeners: Array<(e: { source: unknown; data: unknown }) => void> = [];
  const observers: Array<() => void> = [];
  const widgetEvents = new Map<string, () => void>();
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const win = {
    parent,
    location: { hash },
    document: {
      documentElement: { getBoundingClientRect: () => ({ height: height() }) },
      addEventListener: (type: string, listener: () => void) => widgetEvents.set(type, listener),
    },
    addEventListener: (_type: string, listener: (typeof listeners)[number]) =>
      listeners.push(listener),
  };
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      observers.push(callback);
    }
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  reportFrameHeight(win as unknown as Window);
  return {
    posted,
    resize: () => observers.forEach((o) => o()),
    /** A widget's event, bubbling up to the document. */
    widget: (type: string) => widgetEvents.get(type)?.(),
    ask: (source: unknown) =>
      listeners.forEach((l) => l({ source, data: { type: HEIGHT_REQUEST } })),
    parent,
  };
}

const realResizeObserver = globalThis.ResizeObserver;
afterEach(() => {
  globalThis.ResizeObserver = realResizeObserver;
});

describe('embed.html reports its height to the page that frames it', () => {
  it('posts its height at once and on every change, rounded up, never twice the same', () => {
    let height = 572.2;
    const frame = framedWindow('', () => height);
    frame.resize();
    height = 814;
    frame.resize();
    expect(frame.posted).toEqual([
      { type: HEIGHT_MESSAGE, height: 573 },
      { type: HEIGHT_MESSAGE, height: 814 },
    ]);
  });

  it('says it again when its host asks, and only when the host asks', () => {
    const frame = framedWindow('', () => 600);
    frame.ask({});
    frame.ask(frame.parent);
    expect(frame.posted).toHaveLength(2);
  });

  it('speaks WordPress’s embed protocol too when WordPress gave it a secret', () => {
    const frame = framedWindow('#?secret=Ab12', () => 700);
    expect(frame.posted).toEqual([
      { type: HEIGHT_MESSAGE, height: 700 },
      { message: 'height', value: 700, secret: 'Ab12' },
    ]);
  });

  it('reports its height when a widget draws, though no resize was observed (out of view)', async () => {
    let height = 81;
    const frame = framedWindow('', () => height);
    height = 831;
    frame.widget('prim-data');
    await Promise.resolve();
    height = 120;
    frame.widget('prim-error');
    await Promise.resolve();
    expect(frame.posted).toEqual([
      { type: HEIGHT_MESSAGE, height: 81 },
      { type: HEIGHT_MESSAGE, height: 831 },
      { type: HEIGHT_MESSAGE, height: 120 },
    ]);
  });
});

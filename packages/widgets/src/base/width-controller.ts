import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width used before the first measurement (and on a 360 px phone, the common case). */
export const DEFAULT_WIDTH = 360;
/** Charts are laid out for at least this width; narrower hosts scroll rather than overlap. */
export const MIN_WIDTH = 280;

/**
 * Tracks the content width of the widget's frame (inside its padding) with a
 * ResizeObserver, so charts re-layout by the space the widget has in its column, not by
 * the viewport.
 */
export class WidthController implements ReactiveController {
  width = DEFAULT_WIDTH;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly frame: () => Element | null | undefined;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    frame: () => Element | null | undefined = () => host,
  ) {
    this.host = host;
    this.frame = frame;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.frame() ?? this.host;
    if (!this.observer || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    this.observer.observe(target);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || box.width === 0) return;
      const width = Math.max(MIN_WIDTH, Math.floor(box.width));
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observed = undefined;
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width used before the first measurement (and on a 360 px phone, the common case). */
export const DEFAULT_WIDTH = 360;
/**
 * Charts are laid out for the width they really get (a card in a 320 px dashboard gets
 * about 250 px), never scaled down; below this floor the geometry stops making sense.
 */
export const MIN_WIDTH = 160;

/**
 * Tracks the content width of the widget's frame (inside its padding) with a
 * ResizeObserver, so charts re-layout by the space the widget has in its column, not by
 * the viewport.
 *
 * A re-render at a new width changes the frame's height. Done inside the observer's
 * callback, that is a resize the observer cannot deliver in the same frame ('ResizeObserver
 * loop completed with undelivered notifications'). So the update is requested at once
 * (the host reports an update pending) but performed on the next animation frame: the
 * host's `scheduleUpdate` waits for `takeDeferral()`.
 */
export class WidthController implements ReactiveController {
  width = DEFAULT_WIDTH;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly frame: () => Element | null | undefined;
  private readonly drawn: () => boolean;
  private observer?: ResizeObserver;
  private observed?: Element;
  private deferred = false;
  private measured = false;

  /**
   * `drawn`: whether the host shows something laid out by width. Until then (loading, an
   * error) a new width is only noted, for the first draw: re-rendering "loading" would cost
   * a style and layout pass, and hold the data's render for an animation frame if the
   * data came meanwhile.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    frame: () => Element | null | undefined = () => host,
    drawn: () => boolean = () => true,
  ) {
    this.host = host;
    this.frame = frame;
    this.drawn = drawn;
    host.addController(this);
  }

  /**
   * Reads the frame's content width (inside its padding); true when it changed. Read by the
   * observer, and before the first chart when data came before the observer's first report
   * (a fast feed): the chart is then drawn once, at its width, not at the default and again.
   */
  measure(): boolean {
    const target = this.frame();
    if (!target) return false;
    const style = getComputedStyle(target);
    const box = target.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (!(box > 0)) return false;
    this.measured = true;
    const width = Math.max(MIN_WIDTH, Math.floor(box));
    if (width === this.width) return false;
    this.width = width;
    return true;
  }

  /** Before drawing: the frame's width, unless the observer has reported it already. */
  measureOnce(): void {
    if (!this.measured) this.measure();
  }

  /** True once after a resize: the host should render on the next frame, not now. */
  takeDeferral(): boolean {
    const deferred = this.deferred;
    this.deferred = false;
    return deferred;
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
    this.observer = new ResizeObserver(() => {
      if (this.measure() && this.drawn()) {
        this.deferred = true;
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

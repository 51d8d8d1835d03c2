import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: nothing asked, waiting (with the last answer, if any), answered, failed. */
export type LoadState<T> =
  | { readonly status: 'initial' }
  | { readonly status: 'pending'; readonly last?: T }
  | { readonly status: 'complete'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

export interface LoadOptions<A extends readonly unknown[], T> {
  readonly args: () => A;
  /** The answer for these arguments; undefined when there is nothing to load. */
  readonly load: (args: A) => Promise<T> | undefined;
  readonly onComplete?: (value: T) => void;
  readonly onError?: (error: unknown) => void;
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * An element's data load, started before each update whose arguments differ (by identity)
 * from the last load's; only the latest load's answer is kept. It does what @lit/task's Task
 * did for these elements, in the few lines they use: every embed carries it, and it kept
 * `<prim-footfall>` over its 20 KB budget.
 */
export class Load<A extends readonly unknown[], T> implements ReactiveController {
  state: LoadState<T> = { status: 'initial' };
  private readonly host: ReactiveControllerHost;
  private readonly options: LoadOptions<A, T>;
  private args?: A;
  private last?: T;
  private run = 0;

  constructor(host: ReactiveControllerHost, options: LoadOptions<A, T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.args && same(args, this.args)) return;
    this.args = args;
    const run = ++this.run;
    const pending = this.options.load(args);
    if (!pending) {
      this.state = { status: 'initial' };
      return;
    }
    this.state =
      this.last === undefined ? { status: 'pending' } : { status: 'pending', last: this.last };
    pending.then(
      (value) => {
        if (run !== this.run) return;
        this.last = value;
        this.state = { status: 'complete', value };
        this.options.onComplete?.(value);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (run !== this.run) return;
        this.state = { status: 'error', error };
        this.options.onError?.(error);
        this.host.requestUpdate();
      },
    );
  }
}

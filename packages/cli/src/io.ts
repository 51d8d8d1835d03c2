/**
 * What a command may touch of the outside world. Commands write through this instead of
 * `process` so that they stay testable and never exit the process themselves.
 */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input as UTF-8 text. */
  readonly readStdin: () => Promise<string>;
}

/** Exit codes: 0 success, 1 the feed is invalid (or partly so), 2 the command was misused. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Standard input is read whole (a feed is parsed as one JSON text), so it is bounded: a
 * feed is a few megabytes (the built-in one 0.4 MB), and `cat /dev/zero | prim validate -`
 * must stop with a message, not fill memory.
 */
export const MAX_STDIN_BYTES = 128 * 1024 * 1024;

export class InputTooLargeError extends Error {
  constructor(limit: number) {
    super(`more than ${Math.round(limit / 1024 / 1024)} MB; a feed is far smaller`);
    this.name = 'InputTooLargeError';
  }
}

/** All of `stream` as UTF-8 text, or an InputTooLargeError past `limit` bytes. */
export async function readLimited(
  stream: AsyncIterable<Buffer | string>,
  limit = MAX_STDIN_BYTES,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) throw new InputTooLargeError(limit);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

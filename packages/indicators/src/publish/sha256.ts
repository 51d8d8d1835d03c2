/**
 * SHA-256 of bytes in lowercase hex, by Web Crypto (browsers, Node ≥ 20): undefined where it
 * is missing (a page served over plain http is not a secure context).
 */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Code-unit order of two strings: the same on every platform and in every locale, unlike
 * `localeCompare`, so that ids, months ('2024-07') and dates sort the same everywhere.
 */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

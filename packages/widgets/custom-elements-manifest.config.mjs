/**
 * @custom-elements-manifest/analyzer configuration: `pnpm --filter @prim/widgets generate`
 * writes custom-elements.json from the element classes (their `static properties` and the
 * JSDoc @csspart, @cssprop, @fires and @slot tags). test/manifest.test.ts fails when the
 * committed manifest is stale.
 */
export default {
  globs: ['src/elements/**/*.ts', 'src/base/prim-element.ts', 'src/define/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // The package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  quiet: true,
};

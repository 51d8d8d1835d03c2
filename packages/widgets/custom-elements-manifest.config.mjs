/**
 * @custom-elements-manifest/analyzer configuration: `pnpm --filter @prim/widgets generate`
 * writes custom-elements.json from the element classes (their `static properties` and the
 * JSDoc @csspart, @cssprop, @fires and @slot tags). test/manifest.test.ts fails when the
 * committed manifest is stale.
 */
/** Private and protected members are implementation details, not the elements' API. */
function publicApiOnly() {
  return {
    name: 'prim-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter(
              (m) =>
                m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/base/prim-element.ts', 'src/define/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // The package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  quiet: true,
  plugins: [publicApiOnly()],
};

import { readFileSync, writeFileSync } from 'node:fs';
import { buildInMemory } from './packages/widgets/scripts/build-in-memory.js';
import { launchChromium } from './chromium.js';

const bundle = await buildInMemory();
const feed = readFileSync('packages/indicators/feeds/prim.feed.json', 'utf8');
const browser = await launchChromium();
for (const lang of ['fr', 'ar']) {
  for (const [name, el] of [
    ['funnel', '<prim-funnel id="w" lang="LANG"></prim-funnel>'],
    ['table', '<prim-table id="w" lang="LANG" indicator="fund-selected"></prim-table>'],
    ['indicator', '<prim-indicator id="w" lang="LANG" indicator="fund-completion"></prim-indicator>'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent(`<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><body style="margin:8px">${el.replace('LANG', lang)}</body></html>`);
    await page.addScriptTag({ content: bundle.code, type: 'module' });
    await page.evaluate((f) => { (document.getElementById('w') as any).feed = JSON.parse(f); }, feed);
    await page.waitForFunction(() => (document.getElementById('w') as any)?.shadowRoot?.querySelector('.widget') || (document.getElementById('w') as any)?.shadowRoot?.querySelector('table'));
    await page.evaluate(() => { const d = (document.getElementById('w') as any).shadowRoot.querySelector('details'); if (d) d.open = true; });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/${name}-${lang}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();

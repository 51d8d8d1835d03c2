import { readFileSync } from 'node:fs';
const model = process.env.MODEL ?? '@prim/indicators';
const { footfall, parseFeed } = (await import(model)) as typeof import('@prim/indicators');
const r = parseFeed(readFileSync(`/tmp/prof/feed-${process.argv[2]}.json`, 'utf8'));
if (!r.ok) throw new Error('bad');
const t = performance.now();
try { const f = footfall(r.feed); console.log(f.byMonth.length, f.total.value, f.byCommune.length, performance.now() - t); } catch (e) { console.log('ERR', String(e)); }

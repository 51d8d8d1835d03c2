import { readFileSync } from 'node:fs';
const model = process.env.MODEL ?? '@prim/indicators';
const { computeIndicators, parseFeed } = (await import(model)) as typeof import('@prim/indicators');
const k = process.argv[2];
const text = readFileSync(`/tmp/prof/feed-${k}.json`, 'utf8');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
let w = performance.now();
const r = parseFeed(text);
const p = cpu() - t;
const pw = performance.now() - w;
if (!r.ok) throw new Error('bad');
t = cpu();
w = performance.now();
computeIndicators(r.feed);
console.log(
  JSON.stringify({
    model: model.slice(0, 12),
    parseCpu: Math.round(p),
    computeCpu: Math.round(cpu() - t),
    parseWall: Math.round(pw),
    computeWall: Math.round(performance.now() - w),
    rss: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);

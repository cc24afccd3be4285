#!/usr/bin/env node
// Reports what a first visit downloads: the gzip size of the JS and CSS that index.html loads
// (entry script, module preloads, stylesheets). Lazily imported chunks are not counted. Fails when
// the first-load JS passes the budget, so a heavy import cannot slip into the first load unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_JS_GZIP = 200 * 1024;
const dir = process.argv[2] ?? 'dist';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
// The service worker registration module is imported right after start-up on every first visit.
refs.push(...readdirSync(join(dir, 'assets')).filter((name) => name.startsWith('workbox-window')).map((name) => `./assets/${name}`));

let js = 0;
let css = 0;
const rows = [];
for (const ref of new Set(refs)) {
  const bytes = gzipSync(readFileSync(join(dir, ref.replace(/^\.\//, '')))).length;
  if (ref.endsWith('.css')) css += bytes;
  else js += bytes;
  rows.push(`  ${ref}  ${(bytes / 1024).toFixed(1)} kB gzip`);
}
console.log('First-load size (gzip):');
console.log(rows.join('\n'));
console.log(`  JS total  ${(js / 1024).toFixed(1)} kB   (budget ${BUDGET_JS_GZIP / 1024} kB)`);
console.log(`  CSS total ${(css / 1024).toFixed(1)} kB`);
if (js > BUDGET_JS_GZIP) {
  console.error(`First-load JS is ${(js / 1024).toFixed(1)} kB gzip, over the ${BUDGET_JS_GZIP / 1024} kB budget: load heavy code lazily.`);
  process.exit(1);
}

#!/usr/bin/env node
// Reports what a first visit downloads: the gzip size of the JS and CSS that index.html loads
// (entry script, module preloads, stylesheets). Lazily imported chunks are not counted. Fails when
// the first-load JS or CSS passes its budget, so a heavy import cannot slip into the first load
// unnoticed. Sizes are in kB of 1,000 bytes (not KiB), the unit the performance targets use.
// The budgets are today's figures rounded up a little; lower them as the first load shrinks.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUDGET_JS_KB = 122;
export const BUDGET_CSS_KB = 13.5;

/**
 * The gzip bytes of the JS and CSS a first visit to the built folder `dir` downloads.
 * @param {string} dir
 * @returns {{ js: number, css: number, files: { ref: string, bytes: number }[] }}
 */
export function firstLoadSize(dir = 'dist') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  // The service worker registration module is imported right after start-up on every first visit.
  refs.push(...readdirSync(join(dir, 'assets')).filter((name) => name.startsWith('workbox-window')).map((name) => `./assets/${name}`));
  let js = 0;
  let css = 0;
  const files = [];
  for (const ref of new Set(refs)) {
    const bytes = gzipSync(readFileSync(join(dir, ref.replace(/^\.\//, '')))).length;
    if (ref.endsWith('.css')) css += bytes;
    else js += bytes;
    files.push({ ref, bytes });
  }
  return { js, css, files };
}

/** Bytes as kB of 1,000 bytes, one decimal. */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { js, css, files } = firstLoadSize(process.argv[2] ?? 'dist');
  console.log('First-load size (gzip, 1 kB = 1,000 bytes):');
  console.log(files.map(({ ref, bytes }) => `  ${ref}  ${kB(bytes)} kB gzip`).join('\n'));
  console.log(`  JS total  ${kB(js)} kB   (budget ${BUDGET_JS_KB} kB)`);
  console.log(`  CSS total ${kB(css)} kB   (budget ${BUDGET_CSS_KB} kB)`);
  let over = false;
  if (js > BUDGET_JS_KB * 1000) {
    console.error(`First-load JS is ${kB(js)} kB gzip, over the ${BUDGET_JS_KB} kB budget: load heavy code lazily.`);
    over = true;
  }
  if (css > BUDGET_CSS_KB * 1000) {
    console.error(`First-load CSS is ${kB(css)} kB gzip, over the ${BUDGET_CSS_KB} kB budget: import only the GOV.UK components the app uses.`);
    over = true;
  }
  if (over) process.exit(1);
}

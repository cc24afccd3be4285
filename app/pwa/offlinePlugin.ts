import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Lists every file under a folder, as paths relative to it with forward slashes. */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/**
 * Writes dist/sw.js after the build: the service worker source with the list of every built file
 * (scenarios excepted: they are fetched network-first) and a version that is the hash of their
 * contents, so that any change to the app gives a new cache and an update prompt.
 */
export function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'calais-offline-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = listFiles(outDir)
        .filter((file) => file !== 'sw.js' && !file.startsWith('scenarios/') && !file.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      const source = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
        .replace('__PRECACHE_URLS__', JSON.stringify(['./', ...files]))
        .replace('__BUILD_VERSION__', JSON.stringify(version));
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}

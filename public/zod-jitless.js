// zod's global settings, set before any module script runs (a classic script runs first), so that
// no schema is ever built before them: zod 4 otherwise probes `new Function`, which the
// Content-Security-Policy blocks and reports on every page load. src/zodConfig.ts sets the same
// for the CLI and the tests.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });

/**
 * zod's global settings, imported first by the CLI's entry points so that they hold before any
 * schema is built. The app sets the same in `public/zod-jitless.js`, a classic script that runs
 * before any module (zod itself loads only with the case pages, not on the first load).
 *
 * `jitless`: zod 4 otherwise probes `new Function` when it builds its first object schema, to decide
 * whether it may compile validators. Under the app's Content-Security-Policy (no `unsafe-eval`) that
 * probe is blocked and reported as a policy violation on every page load, which would hide a real
 * one. The interpreted validators are fast enough for case files of the sizes allowed.
 */
import { z } from 'zod';

z.config({ jitless: true });


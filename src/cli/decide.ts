/**
 * Entry point of `npm run --silent decide -- <case.json | directory | -> [--date YYYY-MM-DD] [--format json|text]`.
 * The work is in `run.ts`.
 */
import { nodeIo } from './node-io';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), nodeIo());

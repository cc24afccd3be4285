/**
 * Entry point of `npm run --silent decide -- <case.json | directory | -> [--date YYYY-MM-DD]
 * [--format json|text] [--letters <dir> [--signatory <file>]]`. The work is in `run.ts` and `main.ts`.
 */
// First, before any schema is built: see src/zodConfig.ts.
import '../zodConfig';
import { writeLetters } from './letters';
import { main } from './main';
import { nodeIo } from './node-io';

process.exitCode = await main(process.argv.slice(2), nodeIo(), writeLetters);

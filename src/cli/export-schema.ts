/**
 * Writes the case file's JSON Schema to public/schema/. Run with `npx tsx src/cli/export-schema.ts`
 * after changing src/case/schema.ts; `src/case/json-schema.test.ts` fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFileJsonSchemaText, JSON_SCHEMA_PATH } from '../case/json-schema';

const target = fileURLToPath(new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, caseFileJsonSchemaText());
process.stdout.write(`Wrote ${JSON_SCHEMA_PATH}\n`);

/**
 * The JSON Schema of the case file, generated from the zod schema. `src/cli/export-schema.ts`
 * writes it to `public/schema/`; a test fails when the exported file is stale.
 */
import { z } from 'zod';
import { CASE_FORMAT, CASE_VERSION, caseFileSchema } from './schema';

/** Where the exported schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = `public/schema/${CASE_FORMAT}.v${CASE_VERSION}.schema.json`;

/** The JSON Schema (draft 2020-12) of a case file as written (input types). */
export function caseFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    $id: `${CASE_FORMAT}.v${CASE_VERSION}.schema.json`,
    title: `Calais leave settlement case file, version ${CASE_VERSION}`,
    description: 'A case for the Calais leave settlement decision wizard. Every answer is optional: an absent field has not been answered. Documented in docs/case-file.md.',
    ...schema,
  };
}

/** The exported file's exact text (2-space JSON with a final newline). */
export function caseFileJsonSchemaText(): string {
  return `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseFileJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema';

describe('exported JSON Schema', () => {
  it('matches the zod schema (run `npx tsx src/cli/export-schema.ts` if this fails)', () => {
    const exported = readFileSync(fileURLToPath(new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url)), 'utf8');
    expect(exported).toBe(caseFileJsonSchemaText());
  });
});

#!/usr/bin/env node
// Prints the web console's API types (apps/web/src/api/schema.d.ts) for an OpenAPI
// document given as a file: `node scripts/api-types.mjs openapi.json`. Run through
// `npm run web:api-types`, which takes the document from the running application.
import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

export const HEADER = "// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit.\n\n";

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/api-types.mjs <openapi.json>');
  process.exit(2);
}
const document = JSON.parse(readFileSync(file, 'utf8'));
process.stdout.write(HEADER + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false })));

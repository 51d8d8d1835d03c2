// Writes schema/prim-feed-1.schema.json from the zod source (`pnpm generate`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from '../src/schema/json-schema.js';

const out = fileURLToPath(new URL('../schema/prim-feed-1.schema.json', import.meta.url));
writeFileSync(out, feedJsonSchemaText());
console.log(`wrote ${out}`);

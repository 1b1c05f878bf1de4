// Rewrites trust-gate.schema.json from the zod policy schema (`npm run schema`, from the repo root).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { policyJsonSchemaText } from '../src/policy/json-schema.js';

const target = resolve('trust-gate.schema.json');
writeFileSync(target, policyJsonSchemaText());
console.log(`wrote ${target}`);

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../src/policy/json-schema.js';

const committedFile = resolve(import.meta.dirname, '../../trust-gate.schema.json');

describe('trust-gate.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing the schema)', () => {
    const committed: unknown = JSON.parse(readFileSync(committedFile, 'utf8'));

    expect(committed).toEqual(policyJsonSchema());
  });

  it('describes the file editors open: draft-07, titled, with every key documented', () => {
    const schema = policyJsonSchema();

    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Trust Gate policy',
      required: ['version', 'environments'],
      additionalProperties: false,
    });
  });

  it('leaves keys that have defaults optional, as users write them', () => {
    const environments = policyJsonSchema()['properties'] as Record<
      string,
      Record<string, unknown>
    >;
    const environment = environments['environments']!['additionalProperties'] as Record<
      string,
      unknown
    >;

    expect(environment['required']).toBeUndefined();
    expect(environment['properties']).toMatchObject({
      approvals: { default: 1 },
      minimum: { default: 0 },
    });
  });
});

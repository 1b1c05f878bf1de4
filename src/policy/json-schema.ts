// The JSON Schema editors use to complete and check the policy file, derived from the zod schema.
import { z } from 'zod';
import { policySchema } from './schema.js';

/**
 * The input side (keys with defaults are optional), as draft-07: the draft the YAML and JSON
 * language servers in editors support best. Refinements (globs, time zones, the ladder) cannot
 * be expressed in it; `validate` mode reports those.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-07' });
  return {
    $schema,
    title: 'Trust Gate policy',
    description:
      'Policy file of the Trust Gate action (.github/trust-gate.yml): who may deploy each environment, and how many approvals every change needs at each trust level.',
    ...schema,
  };
}

/** The text of `trust-gate.schema.json`, as `npm run schema` writes it. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

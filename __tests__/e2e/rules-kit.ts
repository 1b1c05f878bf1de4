// Shared steps for the rules scenarios: run dist against a world and read its decision back.
import { expect } from 'vitest';
import type { World } from '../simulator/index.js';
import type { RunOptions, RunResult } from './run-action.js';
import { serve, type Scenario } from './scenario.js';

/** The `json` output's fields these scenarios read. */
export interface DecisionJson {
  verdict: string;
  allowed: boolean;
  reason: string;
  reasons: string[];
  policyKey: string | null;
  environment: string;
  deployer: string;
  sha: string | null;
  requiredApprovals: number | null;
  approvals: number | null;
  changes: Array<{
    kind: 'pull' | 'commit';
    number: number | null;
    sha: string;
    title: string;
    required: number;
    requiredBecause: string[];
    approvals: number;
    approvedBy: string[];
    ignored: { login: string; why: string }[];
    ok: boolean;
  }>;
  rules: Array<{ rule: string; ok: boolean; explanation: string }>;
  breakGlass: { reason: string; overridden: string[] } | null;
  notes: string[];
  error: string | null;
}

export interface Outcome {
  result: RunResult;
  outputs: Record<string, string>;
  json: DecisionJson;
  summary: string;
  scenario: Scenario;
}

/** Serves the world, runs the bundled action once, and parses its `json` output. */
export async function runGate(world: World, options: Partial<RunOptions> = {}): Promise<Outcome> {
  const scenario = await serve(world);
  const result = await scenario.run(options);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.outputs['json'] ?? 'null') as DecisionJson;
  return { result, outputs: result.outputs, json, summary: result.summary, scenario };
}

/** Asserts a deny: outputs, the failed step and its error annotation all carry the same reason. */
export function expectDenied(outcome: Outcome, reasons: string[]): void {
  const reason = reasons.join('; ');
  expect(outcome.outputs).toMatchObject({ allowed: 'false', decision: 'deny', reason });
  expect(outcome.json).toMatchObject({ verdict: 'deny', allowed: false, reason, reasons });
  expect(outcome.result.code).toBe(1);
  expect(outcome.result.annotations).toContainEqual(
    expect.objectContaining({ level: 'error', message: `Trust Gate denied the deploy: ${reason}` }),
  );
  expect(outcome.summary).toContain('## ⛔ Trust Gate: deploy to');
}

/** Asserts an allow: outputs and json agree, and the step passed. */
export function expectAllowed(outcome: Outcome): void {
  expect(outcome.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
  expect(outcome.json).toMatchObject({ verdict: 'allow', allowed: true, reasons: [] });
  expect(outcome.json.reason).toBe(outcome.outputs['reason']);
  expect(outcome.result.code).toBe(0);
  expect(outcome.summary).toContain('## ✅ Trust Gate: allowed to deploy to');
}

/** Asserts an error: the gate failed closed with this message. */
export function expectError(outcome: Outcome, message: RegExp): void {
  expect(outcome.outputs).toMatchObject({ allowed: 'false', decision: 'error' });
  expect(outcome.outputs['reason']).toMatch(message);
  expect(outcome.json).toMatchObject({ verdict: 'error', allowed: false });
  expect(outcome.result.code).toBe(1);
  expect(outcome.result.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
  expect(outcome.summary).toContain('## ❗ Trust Gate: error');
}

import { describe, expect, it } from 'vitest';
import {
  OUTPUT_NAMES,
  renderErrorOutputs,
  renderOutputs,
  type DecisionJson,
} from '../../src/report/outputs.js';
import { aChange, aChangeResult, aDecision, aPendingCheck } from './fixtures.js';

describe('renderOutputs', () => {
  it('sets exactly the outputs of SPEC §3, all strings', () => {
    const outputs = renderOutputs(aPendingCheck());
    expect(Object.keys(outputs)).toEqual([...OUTPUT_NAMES]);
    expect({ ...outputs, json: '…' }).toEqual({
      allowed: 'false',
      decision: 'deny',
      reason: '#12 Fix login redirect has 1 of 2 required approvals',
      deployer: 'carol',
      level: 'newcomer',
      score: '2',
      'required-approvals': '2',
      approvals: '1',
      changes: '1',
      json: '…',
    });
  });

  it('writes the whole decision as JSON in a stable shape', () => {
    const direct = aChangeResult({
      change: aChange({ kind: 'commit', number: undefined, headSha: 'deadbeef', title: 'Hotfix' }),
    });
    const json = JSON.parse(renderOutputs(aDecision({ changes: [direct] })).json) as DecisionJson;
    expect(json).toMatchInlineSnapshot(`
      {
        "allowed": true,
        "approvals": 1,
        "breakGlass": null,
        "changes": [
          {
            "approvals": 1,
            "approvedBy": [
              "bob",
            ],
            "author": "carol",
            "ignored": [],
            "kind": "commit",
            "number": null,
            "ok": true,
            "required": 1,
            "requiredBecause": [
              "level member: 1",
            ],
            "sha": "deadbeef",
            "title": "Hotfix",
            "url": "https://github.com/acme/shop/pull/12",
          },
        ],
        "deployRequest": null,
        "deployer": "alice",
        "environment": "production",
        "error": null,
        "level": "member",
        "mode": "gate",
        "notes": [],
        "policyKey": "production",
        "reason": "every rule passes: 1 of 1 approvals",
        "reasons": [],
        "ref": "main",
        "requiredApprovals": 1,
        "rules": [
          {
            "explanation": "deployer \`alice\` is in \`deployers\` (role write)",
            "ok": true,
            "rule": "deployers",
          },
          {
            "explanation": "ref \`main\` is in \`branches\` (main, release/**)",
            "ok": true,
            "rule": "branches",
          },
          {
            "explanation": "outside every freeze window",
            "ok": true,
            "rule": "freeze",
          },
          {
            "explanation": "every change has the approvals it needs",
            "ok": true,
            "rule": "approvals",
          },
        ],
        "score": 7,
        "sha": "abc1234def5678abc1234def5678abc1234def56",
        "standing": {
          "failures": 1,
          "next": {
            "after": 10,
            "name": "owner",
          },
          "rollbacks": 0,
          "scope": "person",
          "successes": 8,
        },
        "verdict": "allow",
        "version": 1,
      }
    `);
  });

  it('marks break-glass in the JSON', () => {
    const breakGlass = { reason: 'outage', overridden: ['inside freeze window `Holiday freeze`'] };
    const json = JSON.parse(renderOutputs(aDecision({ breakGlass })).json) as DecisionJson;
    expect(json.breakGlass).toEqual(breakGlass);
  });

  it('puts a multi-line reason on one line', () => {
    expect(renderOutputs(aDecision({ reason: 'a\nb' })).reason).toBe('a b');
  });
});

describe('renderErrorOutputs', () => {
  it('is never allowed, and says why in reason and json', () => {
    const outputs = renderErrorOutputs('Cannot read deployments.\nAdd `deployments: read`.', {
      environment: 'production',
      deployer: 'alice',
    });
    expect(Object.keys(outputs)).toEqual([...OUTPUT_NAMES]);
    expect(outputs).toMatchObject({
      allowed: 'false',
      decision: 'error',
      reason: 'Cannot read deployments. Add `deployments: read`.',
      deployer: 'alice',
      level: '',
      changes: '',
    });
    const json = JSON.parse(outputs.json) as DecisionJson;
    expect(json).toMatchObject({
      version: 1,
      verdict: 'error',
      allowed: false,
      environment: 'production',
      error: 'Cannot read deployments.\nAdd `deployments: read`.',
      changes: [],
    });
  });

  it('works with nothing known', () => {
    expect(renderErrorOutputs('boom')).toMatchObject({ allowed: 'false', deployer: '' });
  });
});

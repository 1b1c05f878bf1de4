// Break-glass: an override that did override adds no note of its own.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import { aPeopleRule, aPolicy, aPullRequest, someFacts } from '../builders.js';

describe('break-glass that overrides a deny', () => {
  it('adds no note: the override is the reason, not a remark', () => {
    const decision = decide(
      {
        key: 'production',
        environment: aPolicy({ 'break-glass': aPeopleRule({ users: ['alice'] }) }),
      },
      someFacts({ changes: [aPullRequest()], breakGlass: 'hotfix' }),
    );
    expect(decision.allowed).toBe(true);
    expect(decision.breakGlass).not.toBeNull();
    expect(decision.notes).toEqual([]);
  });
});

// decide(): what a policy without `trust` requires.
import { describe, expect, it } from 'vitest';
import { requirementWithoutPaths } from '../../src/decide/decide.js';
import { aHistory, aPolicy, someFacts } from '../builders.js';

describe('the requirement before path rules', () => {
  it('without `trust` is `approvals`, whatever the history', () => {
    const facts = someFacts({ deployments: aHistory([['alice', 'success']]) });
    expect(
      requirementWithoutPaths({ key: 'production', environment: aPolicy({ approvals: 2 }) }, facts),
    ).toBe(2);
  });
});

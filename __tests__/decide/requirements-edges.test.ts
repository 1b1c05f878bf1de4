// Requirements: `paths` rules match dotfiles.
import { describe, expect, it } from 'vitest';
import { pathRuleMatches } from '../../src/decide/requirements.js';

describe('a `paths` rule', () => {
  it('matches dotfiles under its pattern', () => {
    const rule = { match: 'deploy-config/**', approvals: 2 };
    expect(pathRuleMatches(rule, ['deploy-config/.env.production'])).toBe(true);
  });
});

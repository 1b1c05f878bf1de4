// Verdict: the break-glass reason line quotes the reason as read, not as typed.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import { aPeopleRule, aPolicy, aPullRequest, aReview, someFacts } from '../builders.js';

describe('the reason of a break-glass allow', () => {
  const policy = aPolicy({ approvals: 2, 'break-glass': aPeopleRule({ users: ['alice'] }) });
  const changes = [
    aPullRequest({ reviews: [aReview()] }),
    aPullRequest({ number: 13, title: 'Add logout', reviews: [aReview()] }),
  ];

  it('quotes the reason as break-glass read it and lists every overridden deny, `; `-joined', () => {
    const decision = decide(
      { key: 'production', environment: policy },
      someFacts({ changes, breakGlass: '  prod is\n down,\u202E  hotfix \t' }),
    );
    expect(decision.breakGlass?.reason).toBe('prod is down, hotfix');
    expect(decision.reason).toBe(
      'break-glass by `alice` ("prod is down, hotfix") overrides: ' +
        '#12 Add login has 1 of 2 required approvals; #13 Add logout has 1 of 2 required approvals',
    );
  });
});

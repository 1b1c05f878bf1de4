// Logins: a bot is flagged by the API or spelled like one; nobody else is a bot.
import { describe, expect, it } from 'vitest';
import { isBotLogin } from '../../src/decide/logins.js';

describe('isBotLogin', () => {
  it('takes a login spelled like a bot for a bot, and anyone else for a person, when the API says nothing', () => {
    expect(isBotLogin('renovate[bot]')).toBe(true);
    expect(isBotLogin('alice')).toBe(false);
  });

  it('takes the API’s word for a bot whatever the spelling', () => {
    expect(isBotLogin('github-actions', true)).toBe(true);
    expect(isBotLogin('alice', false)).toBe(false);
  });
});

// Test-only preload (`node --import`): pins the clock the action reads, `new Date()`, to
// TRUST_GATE_TEST_NOW. Date.now() stays real: Octokit compares it with the simulator's
// rate-limit reset times. dist/ never reads this variable; only this file, loaded by the harness.
const pinned = process.env.TRUST_GATE_TEST_NOW;
if (pinned) {
  const at = new Date(pinned).getTime();
  if (Number.isNaN(at)) throw new Error(`TRUST_GATE_TEST_NOW is "${pinned}", not a time`);
  const RealDate = globalThis.Date;
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(at);
      else super(...args);
    }
  }
  globalThis.Date = PinnedDate;
}

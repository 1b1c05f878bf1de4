// Durations written in the policy (`90d`, `12w`, `36h`), such as the trust window.

export const durationPattern = /^[1-9]\d*[dwh]$/;

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `90d`, `12w` or `36h` in milliseconds; throws a RangeError on anything else. */
export function parseDuration(text: string): number {
  if (!durationPattern.test(text)) {
    throw new RangeError(`invalid duration "${text}": expected Nd, Nw or Nh, like 90d`);
  }
  const unit = text.at(-1) as keyof typeof UNIT_MS;
  return Number(text.slice(0, -1)) * UNIT_MS[unit];
}

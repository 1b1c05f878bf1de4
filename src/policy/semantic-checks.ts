// Rules that span several values, checked on the parsed YAML so they run even when zod fails.
import { freezeIssues } from './freeze-checks.js';
import { globProblem } from './glob-check.js';
import { ladderIssues } from './ladder-checks.js';
import { isMapping, type PlainMapping } from './plain-data.js';
import type { PathIssue } from './zod-issues.js';

export function semanticIssues(data: PlainMapping): PathIssue[] {
  const environments = data.environments;
  if (!isMapping(environments)) return [];
  return [
    ...environmentKeyIssues(environments),
    ...Object.entries(environments).flatMap(([key, environment]) =>
      isMapping(environment)
        ? [
            ...ladderIssues(['environments', key], environment),
            ...freezeIssues(['environments', key], environment),
          ]
        : [],
    ),
  ];
}

/** At least one environment; keys are valid globs, and no two differ only in case. */
function environmentKeyIssues(environments: PlainMapping): PathIssue[] {
  const keys = Object.keys(environments);
  if (keys.length === 0) {
    const message = 'no environments: add at least one, like `production:`';
    return [{ path: ['environments'], message }];
  }
  const firstByName = new Map<string, string>();
  return keys.flatMap((key): PathIssue[] => {
    const first = firstByName.get(key.toLowerCase());
    firstByName.set(key.toLowerCase(), first ?? key);
    const message =
      first === undefined
        ? key && globProblem(key)
        : `\`${key}\` names the same environment as \`${first}\` (environment names match case-insensitively); merge the two`;
    return message ? [{ path: ['environments', key], anchor: 'key', message }] : [];
  });
}

// A hand-written GitHub for the history cache's tests: deployments paged newest first, nodes, long statuses.
import type { Deployment } from '../../src/decide/facts.js';
import type { GitHubPort, HistoryPage, MoreStatuses } from '../../src/github/port.js';

export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** GitHub as a list of deployments, newest first, paged `pageSize` at a time; logs every request. */
export class FakeGitHub {
  readonly log: string[] = [];
  readonly nodeAsks: string[][] = [];
  readonly historyAsks: unknown[] = [];
  /** Deployments whose statuses run past one page: the page holds the newest only. */
  readonly longStatuses = new Set<number>();

  constructor(
    public record: Deployment[],
    private readonly pageSize = 2,
  ) {}

  private split(d: Deployment): { deployment: Deployment; more: MoreStatuses | null } {
    const deployment = copy(d);
    if (!this.longStatuses.has(d.id)) return { deployment, more: null };
    deployment.statuses = deployment.statuses.slice(-1);
    return { deployment, more: { deploymentId: d.id, nodeId: `DE_${d.id}`, after: 's1' } };
  }

  readonly port = {
    history: (request: { after: string | null }) => {
      this.historyAsks.push(request);
      this.log.push(`history ${request.after}`);
      const start = request.after === null ? 0 : Number(request.after.slice(1));
      const end = start + this.pageSize;
      const split = this.record.slice(start, end).map((d) => this.split(d));
      const page: HistoryPage = {
        defaultBranch: 'main',
        deployments: split.map((s) => s.deployment),
        moreStatuses: split.flatMap((s) => (s.more ? [s.more] : [])),
        nextCursor: end < this.record.length ? `c${end}` : null,
        nodeIds: Object.fromEntries(split.map((s) => [s.deployment.id, `DE_${s.deployment.id}`])),
      };
      return Promise.resolve(page);
    },
    deploymentNodes: (ids: string[]) => {
      this.nodeAsks.push(ids);
      this.log.push(`nodes ${ids.join(',')}`);
      return Promise.resolve(
        ids.map((nodeId) => {
          const found = this.record.find((d) => `DE_${d.id}` === nodeId);
          return found ? { nodeId, ...this.split(found) } : null;
        }),
      );
    },
    statusPages: (requests: MoreStatuses[]) => {
      this.log.push(`statuses ${requests.map((r) => r.deploymentId).join(',')}`);
      return Promise.resolve(
        requests.map((r) => {
          const whole = this.record.find((d) => d.id === r.deploymentId)!;
          return {
            deploymentId: r.deploymentId,
            statuses: copy(whole.statuses.slice(0, -1)).reverse(),
            more: null,
          };
        }),
      );
    },
  } as unknown as GitHubPort;

  /** The first page, as the caller hands it over; the logs start after it. */
  async first(): Promise<HistoryPage> {
    const page = await this.port.history({ environment: 'production', policy: null, after: null });
    this.log.length = 0;
    this.historyAsks.length = 0;
    return page;
  }
}

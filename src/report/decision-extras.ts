// Optional Decision fields the renderers use when present (proposed additions to decide/decision.ts).
import type { Decision, Standing } from '../decide/decision.js';

export interface LadderStep {
  name: string;
  after: number;
  /** Approvals a change needs at this level, `minimum` applied (path rules aside). */
  approvals: number;
}

/** A Decision, plus fields the renderers show when decide/ provides them. */
export type RenderableDecision = Decision & {
  /** Who may approve, as one plain sentence, e.g. "members of acme/leads, or anyone at level owner". */
  approvers?: string;
  standing: Standing & {
    /** The environment's trust levels, lowest first; empty or absent without `trust`. */
    ladder?: LadderStep[];
  };
};

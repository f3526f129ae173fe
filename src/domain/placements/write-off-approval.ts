// Who may approve a write-off (issue #6: "Write-off (charge-off) needs a manager's approval"). Four eyes: the
// approver is never the requester, whatever their role (src/domain/placements/README.md).
export type Approval = { ok: true } | { ok: false; reason: string; forbidden: boolean };

const DECIDERS = new Set(['manager', 'admin']);

export function mayDecide(request: { requestedBy: string; status: string }, decider: { actor: string; role: string }): Approval {
  if (!DECIDERS.has(decider.role)) return { ok: false, forbidden: true, reason: `deciding a write-off needs the manager role; you are ${decider.role}` };
  if (request.requestedBy === decider.actor) return { ok: false, forbidden: true, reason: 'four eyes: a write-off is approved or rejected by someone other than the person who asked for it' };
  if (request.status !== 'pending') return { ok: false, forbidden: false, reason: `the request is already ${request.status}` };
  return { ok: true };
}

/**
 * Whether a write-off asked for over HTTP is posted at once: only for an API key (an integration acting for the
 * tenant as admin, as before the approval flow — backward compatible); every person's write-off waits for another.
 */
export function postsAtOnce(actor: string): boolean {
  return actor.startsWith('apikey:');
}

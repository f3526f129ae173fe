// What a sender reports back to the outbox (issue #4, "Delivery through an outbox"): the outbox worker stores
// the status, schedules the retry and, on a permanent failure with `badAddress`, marks the contact's address bad.

export type DeliveryResult =
  | { status: 'sent'; providerId: string; deferred?: string[] }
  | { status: 'retry'; reason: string; retryAfterMs: number }
  | {
    status: 'failed'; reason: string; permanent: true; badAddress?: string;
    // Set when the server took the message for the other recipients, so the caller must not send it again.
    providerId?: string;
  };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Issue #4: transient errors are retried with back-off. Deterministic (no jitter) so a schedule can be
// tested and explained to a credit controller; the outbox spreads load by its own queue order.
const SCHEDULE_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR] as const;
const CAP_MS = 6 * HOUR;

/**
 * The caller gives up after this many attempts (1 + 5 + 30 min + 2 h + 6 h × 3 ≈ 20.6 h of waiting): a
 * dunning notice delayed by more than a day is better reported as failed than sent late without notice.
 */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** Wait before the next try after failed attempt number `attempt` (1-based): 1 min, 5 min, 30 min, 2 h, then 6 h. */
export function backoffMs(attempt: number): number {
  if (!Number.isFinite(attempt) || attempt < 1) return SCHEDULE_MS[0];
  return SCHEDULE_MS[Math.floor(attempt) - 1] ?? CAP_MS;
}

export function retry(reason: string, attempt: number, atLeastMs = 0): DeliveryResult {
  return { status: 'retry', reason, retryAfterMs: Math.min(Math.max(backoffMs(attempt), atLeastMs), CAP_MS) };
}

export function failed(reason: string, extra: { badAddress?: string; providerId?: string } = {}): DeliveryResult {
  return { status: 'failed', reason, permanent: true, ...extra };
}

/** Options of one send: `attempt` is 1 for the first try, so a retry's wait follows `backoffMs(attempt)`. */
export type SendOptions = { attempt?: number };

// Sign-in rate limiting (issue #7, "sign-in ... CSRF-safe"; a password form must not be an oracle for guessing):
// failed attempts are counted per e-mail and per client address over a sliding window. Past the limit the answer
// is 429 with Retry-After, even for the right password, until the oldest counted failure leaves the window.
// In memory, per server process: a restart forgets, which only ever lets a person in sooner.
export const WINDOW_MS = 15 * 60_000;
/** Five wrong passwords for one e-mail is more than a person mistyping. */
export const PER_EMAIL = 5;
/** An office behind one address has many people, so the address may fail more often before it waits. */
export const PER_ADDRESS = 20;
const MAX_KEYS = 50_000;

export type Refusal = { reason: string; retryAfterSeconds: number };

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  /** Why this attempt must wait, or undefined when it may go ahead. */
  check(email: string, address: string, now = Date.now()): Refusal | undefined {
    const byEmail = this.recent(`e:${email.trim().toLowerCase()}`, now);
    if (byEmail.length >= PER_EMAIL) return this.refusal(byEmail, PER_EMAIL, now, `too many failed sign-ins for ${email.trim().toLowerCase()}`);
    const byAddress = this.recent(`a:${address}`, now);
    if (byAddress.length >= PER_ADDRESS) return this.refusal(byAddress, PER_ADDRESS, now, 'too many failed sign-ins from your network address');
    return undefined;
  }

  fail(email: string, address: string, now = Date.now()): void {
    if (this.failures.size > MAX_KEYS) this.forgetExpired(now);
    for (const key of [`e:${email.trim().toLowerCase()}`, `a:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** A right password clears the e-mail's count; the address keeps its own, so one good account cannot reset it. */
  succeed(email: string): void {
    this.failures.delete(`e:${email.trim().toLowerCase()}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }

  /** The attempt may go ahead once fewer than `limit` failures remain in the window. */
  private refusal(failures: number[], limit: number, now: number, why: string): Refusal {
    const oldest = failures[failures.length - limit] ?? now;
    const seconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    const minutes = Math.ceil(seconds / 60);
    return { reason: `${why}: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, retryAfterSeconds: seconds };
  }

  private forgetExpired(now: number): void {
    for (const [key, list] of this.failures) if (list.every((at) => now - at >= WINDOW_MS)) this.failures.delete(key);
  }
}

// SMS delivery through a configurable HTTP webhook (issue #4): the gateway behind it is the tenant's choice, so
// the contract is plain JSON `{ to, text, reference }` and the HTTP status.
import { failed, retry, type DeliveryResult, type SendOptions } from './result.js';

export type OutgoingSms = { to: string; text: string; reference: string };

export type SmsSender = { send(sms: OutgoingSms, options?: SendOptions): Promise<DeliveryResult> };

export type SmsSenderConfig = { webhookUrl: string; token?: string; timeoutMs?: number };

const DEFAULT_TIMEOUT_MS = 10_000;

/** ITU-T E.164: a plus, a country code that does not start with 0, at most 15 digits in all (7 at the least in use). */
export function isE164(phone: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(phone);
}

/**
 * The E.164 form of a number written with spaces, dashes, dots or brackets, or with the international prefix
 * 00 instead of the plus ("0047 22 33 44 55" → "+4722334455", "+44 (0)20 7946 0000" → "+442079460000");
 * undefined when it is not one. A national number without its country code is not guessed at.
 */
export function toE164(raw: string): string | undefined {
  // "+44 (0)20 …": the bracketed trunk prefix is dialled only inside the country, never after the country code.
  const compact = raw.trim().replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '').replace(/^00/, '+');
  return isE164(compact) ? compact : undefined;
}

/** RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP date. */
function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

function providerIdFrom(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { id, messageId } = parsed as { id?: unknown; messageId?: unknown };
    const value = id ?? messageId;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}

async function classifyResponse(response: Response, sms: OutgoingSms, attempt: number): Promise<DeliveryResult> {
  const body = await response.text();
  const status = `webhook answered ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}`;
  if (response.ok) return { status: 'sent', providerId: providerIdFrom(body) ?? sms.reference };
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    return retry(status, attempt, retryAfterMs(response.headers.get('retry-after')));
  }
  // Our token, not the message: a wrong webhook token must not fail every reminder of a run for good.
  if (response.status === 401 || response.status === 403) return retry(`${status} (check the SMS webhook token)`, attempt);
  return failed(status);
}

export function createSmsSender(config: SmsSenderConfig): SmsSender {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.token) headers.authorization = `Bearer ${config.token}`;
  return {
    async send(sms, options = {}) {
      const attempt = options.attempt ?? 1;
      if (!isE164(sms.to)) return failed(`not an E.164 phone number: "${sms.to}"`, { badAddress: sms.to });
      try {
        const response = await fetch(config.webhookUrl, {
          method: 'POST',
          // A timed-out request may still have been delivered; the key lets the gateway drop the repeat.
          headers: { ...headers, 'idempotency-key': sms.reference },
          body: JSON.stringify({ to: sms.to, text: sms.text, reference: sms.reference }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        return await classifyResponse(response, sms, attempt);
      } catch (error) {
        const err = error as Error & { cause?: { code?: string } };
        if (err.name === 'TimeoutError') return retry(`webhook did not answer within ${timeoutMs} ms`, attempt);
        return retry(`webhook unreachable: ${err.cause?.code ?? err.message}`, attempt);
      }
    },
  };
}

// Turns nodemailer's SMTP outcomes into a DeliveryResult (issue #4: transient SMTP errors are retried with
// back-off; a permanent failure marks the contact address as bad).
import { failed, retry, type DeliveryResult } from './result.js';

/** The fields nodemailer sets on its errors (its NodemailerError), read structurally at the library seam. */
export type SmtpError = Error & {
  code?: string; originalCode?: string; responseCode?: number; response?: string; command?: string;
  recipient?: string; rejectedErrors?: SmtpError[];
};

export type SmtpAccepted = { messageId: string; rejectedErrors?: SmtpError[] };

// No SMTP reply at all: the server or the network between was not there, so a later try may get through.
const NETWORK_CODES = new Set([
  'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY',
  'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND',
]);

// Composing or addressing the message failed before any server saw it: sending it again fails the same way.
const MESSAGE_CODES = new Set([
  'EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'EFILEACCESS', 'EURLACCESS', 'EOTP', 'ESTREAM', 'EREQUIRETLS',
]);

// Our credentials, not the message: a wrong password in SMTP_URL must not fail a whole dunning run for good.
const LOGIN_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);

/** RFC 5321 §4.2.1: 5yz is a permanent negative reply, except 503 (bad sequence), which a new session fixes. */
function isPermanentReply(code: number | undefined): code is number {
  return code !== undefined && code >= 500 && code < 600 && code !== 503;
}

/**
 * Whether a RCPT rejection says the mailbox itself is wrong. RFC 3463: X.1.Y is an addressing status (except
 * X.1.7/X.1.8, which are about the sender) and 5.2.1 a disabled mailbox; 5.7.Y (policy, e.g. "relay access
 * denied") says nothing about the address, and marking it bad would take a misconfigured relay out on every
 * contact. Without an enhanced code, 550/551/553 are the replies RFC 5321 gives to a mailbox that is unknown,
 * not local or syntactically wrong.
 */
export function isBadAddressReply(responseCode: number, response: string): boolean {
  const enhanced = /^\d{3}[ -]5\.(\d{1,3})\.(\d{1,3})\b/.exec(response);
  if (enhanced) {
    const [, subject, detail] = enhanced;
    if (subject === '1') return detail !== '7' && detail !== '8';
    return subject === '2' && detail === '1';
  }
  return responseCode === 550 || responseCode === 551 || responseCode === 553;
}

function describe(err: SmtpError): string {
  const reply = err.response?.replace(/\s+/g, ' ').trim();
  const who = err.recipient ? ` for ${err.recipient}` : '';
  const command = err.command ? ` (${err.command})` : '';
  return reply ? `${reply}${who}${command}` : `${err.code ?? 'error'}: ${err.message}${who}`;
}

function firstBadAddress(errors: SmtpError[]): string | undefined {
  const bad = errors.find((e) => isPermanentReply(e.responseCode) && isBadAddressReply(e.responseCode, e.response ?? ''));
  return bad?.recipient;
}

/** Classifies a send that nodemailer rejected as a whole; `attempt` (1-based) sets the back-off. */
export function classifySmtpError(error: unknown, attempt: number): DeliveryResult {
  const err: SmtpError = error instanceof Error ? error : new Error(String(error));
  const refusals = err.rejectedErrors ?? [];
  const reason = refusals.length > 0 ? refusals.map(describe).join('; ') : describe(err);
  if (err.code !== undefined && LOGIN_CODES.has(err.code)) return retry(`SMTP login failed, check SMTP_URL: ${reason}`, attempt);
  if (err.responseCode !== undefined && err.responseCode >= 400) {
    if (!isPermanentReply(err.responseCode)) return retry(reason, attempt);
    if (err.command !== 'RCPT TO') return failed(reason);
    // Every recipient was refused, and none only deferred: nodemailer reports a 4xx first when there is one.
    const badAddress = firstBadAddress(refusals.length > 0 ? refusals : [err]);
    return failed(reason, badAddress ? { badAddress } : {});
  }
  if (NETWORK_CODES.has(err.code ?? '') || NETWORK_CODES.has(err.originalCode ?? '')) return retry(reason, attempt);
  if (MESSAGE_CODES.has(err.code ?? '')) return failed(reason);
  // Unknown: retrying is bounded by MAX_DELIVERY_ATTEMPTS, failing for good is not undone.
  return retry(reason, attempt);
}

/**
 * Classifies a message the server took for at least one recipient. Sending it again would duplicate it for
 * those, so a refused recipient never yields `retry`: a permanent refusal fails it (with the bad address and the
 * provider id, so the outbox shows both), a deferred one is listed as `deferred` on the sent result.
 */
export function classifyAccepted(info: SmtpAccepted): DeliveryResult {
  const providerId = info.messageId;
  const refusals = info.rejectedErrors ?? [];
  if (refusals.length === 0) return { status: 'sent', providerId };
  const permanent = refusals.filter((e) => isPermanentReply(e.responseCode));
  if (permanent.length === 0) {
    return { status: 'sent', providerId, deferred: refusals.map((e) => e.recipient ?? '').filter(Boolean) };
  }
  const reason = `${permanent.map(describe).join('; ')}; the other recipients were sent ${providerId}`;
  const badAddress = firstBadAddress(permanent);
  return failed(reason, badAddress ? { badAddress, providerId } : { providerId });
}

// E-mail delivery for the outbox (issue #4): nodemailer over SMTP when SMTP_URL is set, else an RFC 5322
// `.eml` file under the data folder, so a single-machine install without a mail server still keeps every notice.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { classifyAccepted, classifySmtpError, type SmtpError } from './smtp-classify.js';
import { retry, type DeliveryResult, type SendOptions } from './result.js';

export { backoffMs, MAX_DELIVERY_ATTEMPTS, type DeliveryResult, type SendOptions } from './result.js';

export type OutgoingEmail = {
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Stable per outbox row, so a retried message keeps its Message-ID and `.eml` file name; `<…>` optional. */
  messageId?: string;
  headers?: Record<string, string>;
};

export type EmailSender = {
  send(mail: OutgoingEmail, options?: SendOptions): Promise<DeliveryResult>;
  /** Ends pooled connections after the messages in flight; the sender is not used afterwards. */
  close(): Promise<void>;
};

export type EmailSenderConfig = { smtpUrl?: string; emlDir?: string };

// Short enough that a dead relay shows as `retry` within a worker's tick, long enough for a slow greeting.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };

function toMessage(mail: OutgoingEmail) {
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    messageId: mail.messageId === undefined ? undefined : `<${mail.messageId.replace(/^<|>$/g, '')}>`,
    headers: mail.headers,
  };
}

export function createEmailSender(config: EmailSenderConfig): EmailSender {
  if (config.smtpUrl) return createSmtpSender(config.smtpUrl);
  if (config.emlDir) return createEmlSender(config.emlDir);
  throw new Error('createEmailSender: neither smtpUrl nor emlDir is set');
}

function createSmtpSender(smtpUrl: string): EmailSender {
  // Options in the URL's query (?maxConnections=10) win over these: parseConnectionUrl is applied last.
  const transport = createTransport({ ...TIMEOUTS, pool: true, maxConnections: 5, maxMessages: 500, url: smtpUrl });
  return {
    async send(mail, options = {}) {
      const attempt = options.attempt ?? 1;
      try {
        const info = await transport.sendMail(toMessage(mail));
        return classifyAccepted(info as { messageId: string; rejectedErrors?: SmtpError[] });
      } catch (error) {
        return classifySmtpError(error, attempt);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** A Message-ID as a file name: the angle brackets dropped and anything a file system might object to replaced. */
export function emlFileName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@+=-]/g, '_').replace(/^\.+/, '_');
  return `${bare.slice(0, 200)}.eml`;
}

function createEmlSender(emlDir: string): EmailSender {
  // RFC 5322 §2.1: lines end in CRLF, which every mail client and `mailparser` read.
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(mail, options = {}) {
      const attempt = options.attempt ?? 1;
      let info: { messageId: string; message: Buffer };
      try {
        info = (await transport.sendMail(toMessage(mail))) as { messageId: string; message: Buffer };
      } catch (error) {
        return classifySmtpError(error, attempt);
      }
      const path = join(emlDir, emlFileName(info.messageId));
      try {
        await mkdir(emlDir, { recursive: true });
        // Written whole then renamed, so nothing reading the folder sees half a message.
        const partial = `${path}.${process.pid}.part`;
        await writeFile(partial, info.message);
        await rename(partial, path);
      } catch (error) {
        // A full or read-only disk is an operations problem that clears, not a fault of the message.
        return retry(`writing ${path}: ${(error as Error).message}`, attempt);
      }
      return { status: 'sent', providerId: path };
    },
    async close() {
      transport.close();
    },
  };
}

// Issue #4, Performance: "the outbox hands at least 200 e-mails a second to a local SMTP server". Measures the
// e-mail sender of this folder (pooled nodemailer) against an in-process `smtp-server`, or any server at `smtpUrl`.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createEmailSender, type OutgoingEmail } from './email.js';

export type ThroughputOptions = {
  /** Send to this server instead of a local `smtp-server` started for the measurement. */
  smtpUrl?: string;
  /** Size of the PDF-like attachment on every mail; a dunning letter's PDF is tens of kilobytes. 0 for none. */
  attachmentBytes?: number;
};

type Sink = { url: string; received(): number; close(): Promise<void> };

// smtp-server is a development dependency: loaded only when the measurement runs, never by the outbox itself.
async function startSink(): Promise<Sink> {
  const { SMTPServer } = await import('smtp-server');
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => { received += 1; callback(); });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function letter(i: number, attachment: Buffer | undefined): OutgoingEmail {
  return {
    from: 'Accounts receivable <ar@arrears.example>',
    to: [`customer${i}@example.com`],
    subject: `Payment reminder: invoice INV-${100000 + i}`,
    text: `Dear customer,\n\ninvoice INV-${100000 + i} of 1250.00 EUR is 31 days past due.\n`,
    attachments: attachment ? [{ filename: `reminder-${i}.pdf`, content: attachment, contentType: 'application/pdf' }] : [],
  };
}

/** Sends `n` mails through `createEmailSender` and returns the rate in mails per second (all sent, or it throws). */
export async function measureSmtpThroughput(n: number, options: ThroughputOptions = {}): Promise<number> {
  const bytes = options.attachmentBytes ?? 32 * 1024;
  const attachment = bytes > 0 ? randomBytes(bytes) : undefined;
  const sink = options.smtpUrl ? undefined : await startSink();
  const sender = createEmailSender({ smtpUrl: options.smtpUrl ?? sink?.url });
  try {
    const started = process.hrtime.bigint();
    const results = await Promise.all(Array.from({ length: n }, (_, i) => sender.send(letter(i, attachment))));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const notSent = results.filter((r) => r.status !== 'sent');
    if (notSent.length > 0) throw new Error(`${notSent.length} of ${n} not sent: ${JSON.stringify(notSent[0])}`);
    if (sink && sink.received() !== n) throw new Error(`server received ${sink.received()} of ${n}`);
    return n / seconds;
  } finally {
    await sender.close();
    await sink?.close();
  }
}

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import PDFDocument from 'pdfkit';
import { type Received, type SmtpOptions, startTestSmtp } from './support/smtp.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backoffMs, createEmailSender, emlFileName, MAX_DELIVERY_ATTEMPTS, type EmailSender, type OutgoingEmail,
} from '../src/channels/delivery/email.js';
import { isBadAddressReply } from '../src/channels/delivery/smtp-classify.js';


const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startSmtp(options: SmtpOptions = {}): Promise<{ url: string; received: Received[] }> {
  const server = await startTestSmtp(options);
  cleanups.push(server.close);
  return server;
}

function sender(config: { smtpUrl?: string; emlDir?: string }): EmailSender {
  const s = createEmailSender(config);
  cleanups.push(() => s.close());
  return s;
}

function letterPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text('Final notice: INV-1001, 1250.00 EUR');
    doc.end();
  });
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
}

const plain = (to: string[]): OutgoingEmail => ({ from: 'ar@supplier.example', to, subject: 'Reminder', text: 'Please pay.' });

describe('e-mail over SMTP to a real smtp-server', () => {
  const subjects = {
    te: 'చెల్లింపు రిమైండర్: ఇన్వాయిస్ INV-1001 గడువు దాటింది',
    bg: 'Напомняне за плащане: фактура INV-1001 е просрочена',
  };

  for (const [language, subject] of Object.entries(subjects)) {
    it(`delivers a ${language} notice with its PDF: recipients, subject, text and attachment bytes survive`, async () => {
      const server = await startSmtp();
      const pdf = await letterPdf();
      const text = `INV-1001  2026-10-01  1 250,00 EUR\nTotal: 1 250,00 EUR\n${subject}\n`;
      const result = await sender({ smtpUrl: server.url }).send({
        from: 'Harbour Supplies <ar@harbour.example>',
        to: ['ap@customer.example', 'cfo@customer.example'],
        cc: ['collector@harbour.example'],
        subject,
        text,
        html: `<p>${subject}</p>`,
        attachments: [{ filename: 'notice-INV-1001.pdf', content: pdf, contentType: 'application/pdf' }],
        messageId: `<dunning-42-${language}@harbour.example>`,
        headers: { 'X-Arrears-Outbox': '42' },
      });

      expect(result).toEqual({ status: 'sent', providerId: `<dunning-42-${language}@harbour.example>` });
      expect(server.received).toHaveLength(1);
      const [mail] = server.received;
      expect(mail?.from).toBe('ar@harbour.example');
      expect(mail?.to).toEqual(['ap@customer.example', 'cfo@customer.example', 'collector@harbour.example']);
      const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
      expect(addresses(parsed.to)).toEqual(['ap@customer.example', 'cfo@customer.example']);
      expect(addresses(parsed.cc)).toEqual(['collector@harbour.example']);
      expect(parsed.subject).toBe(subject);
      expect(parsed.text).toBe(text);
      expect(parsed.messageId).toBe(`<dunning-42-${language}@harbour.example>`);
      expect(parsed.headers.get('x-arrears-outbox')).toBe('42');
      expect(parsed.attachments).toHaveLength(1);
      const [attachment] = parsed.attachments;
      expect(attachment?.filename).toBe('notice-INV-1001.pdf');
      expect(attachment?.contentType).toBe('application/pdf');
      expect(Buffer.compare(attachment?.content ?? Buffer.alloc(0), pdf)).toBe(0);
    });
  }

  it('a 451 on RCPT is retried after the back-off of the attempt', async () => {
    const server = await startSmtp({ rcpt: () => ({ code: 451, message: 'Greylisted, try again later' }) });
    const s = sender({ smtpUrl: server.url });
    const first = await s.send(plain(['ap@customer.example']));
    expect(first).toMatchObject({ status: 'retry', retryAfterMs: backoffMs(1) });
    expect(first.status === 'retry' && first.reason).toMatch(/451 Greylisted/);
    expect(await s.send(plain(['ap@customer.example']), { attempt: 3 })).toMatchObject({ status: 'retry', retryAfterMs: 30 * 60_000 });
    expect(server.received).toHaveLength(0);
  });

  it('a 550 for the only recipient fails for good and names the bad address', async () => {
    const server = await startSmtp({ rcpt: (a) => (a === 'gone@customer.example' ? { code: 550, message: 'No such user' } : undefined) });
    const result = await sender({ smtpUrl: server.url }).send(plain(['gone@customer.example']));
    expect(result).toMatchObject({ status: 'failed', permanent: true, badAddress: 'gone@customer.example' });
    expect(result.status === 'failed' && result.reason).toMatch(/550 No such user/);
    expect(result).not.toHaveProperty('providerId');
  });

  it('a 550 for one of two recipients fails with the bad address, and says the other got the message', async () => {
    const server = await startSmtp({ rcpt: (a) => (a === 'gone@customer.example' ? { code: 550, message: '5.1.1 Mailbox unknown' } : undefined) });
    const result = await sender({ smtpUrl: server.url }).send({ ...plain(['ap@customer.example', 'gone@customer.example']), messageId: 'm-7@x.example' });
    expect(result).toMatchObject({ status: 'failed', permanent: true, badAddress: 'gone@customer.example', providerId: '<m-7@x.example>' });
    expect(server.received.map((m) => m.to)).toEqual([['ap@customer.example']]);
  });

  it('a policy refusal (5.7.1) fails for good without blaming the address', async () => {
    const server = await startSmtp({ rcpt: () => ({ code: 550, message: '5.7.1 Relaying denied' }) });
    const result = await sender({ smtpUrl: server.url }).send(plain(['ap@customer.example']));
    expect(result).toMatchObject({ status: 'failed', permanent: true });
    expect(result).not.toHaveProperty('badAddress');
  });

  it('a recipient deferred while another took the message is not retried (no duplicate) but listed', async () => {
    const server = await startSmtp({ rcpt: (a) => (a === 'slow@other.example' ? { code: 450, message: 'Mailbox busy' } : undefined) });
    const result = await sender({ smtpUrl: server.url }).send({ ...plain(['ap@customer.example', 'slow@other.example']), messageId: 'm-8@x.example' });
    expect(result).toEqual({ status: 'sent', providerId: '<m-8@x.example>', deferred: ['slow@other.example'] });
  });

  it('a 554 after DATA fails for good, a 452 after DATA is retried', async () => {
    const refused = await startSmtp({ data: { code: 554, message: 'Message rejected as spam' } });
    expect(await sender({ smtpUrl: refused.url }).send(plain(['ap@customer.example']))).toMatchObject({ status: 'failed', permanent: true });
    const full = await startSmtp({ data: { code: 452, message: 'Insufficient system storage' } });
    expect(await sender({ smtpUrl: full.url }).send(plain(['ap@customer.example']))).toMatchObject({ status: 'retry', retryAfterMs: 60_000 });
  });

  it('a refused connection is retried', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await sender({ smtpUrl: `smtp://127.0.0.1:${port}` }).send(plain(['ap@customer.example']));
    expect(result).toMatchObject({ status: 'retry', retryAfterMs: 60_000 });
    expect(result.status === 'retry' && result.reason).toMatch(/ECONNREFUSED/);
  });

  it('logs in with the credentials of the URL; a refused login is retried, not failed for good', async () => {
    const server = await startSmtp({ auth: { user: 'arrears', pass: 's3cret' } });
    expect(await sender({ smtpUrl: server.url }).send(plain(['ap@customer.example']))).toMatchObject({ status: 'sent' });
    const wrong = server.url.replace('s3cret', 'wrong');
    const result = await sender({ smtpUrl: wrong }).send(plain(['ap@customer.example']));
    expect(result).toMatchObject({ status: 'retry' });
    expect(result.status === 'retry' && result.reason).toMatch(/SMTP login failed.*535/);
    expect(server.received).toHaveLength(1);
  });
});

describe('e-mail as .eml files without SMTP_URL', () => {
  it('writes a parseable RFC 5322 file named by the message id, and a retry overwrites the same file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrears-eml-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const emlDir = join(dir, 'outbox', 'eml');
    const pdf = await letterPdf();
    const mail: OutgoingEmail = {
      from: 'ar@harbour.example', to: ['ap@customer.example'], subject: 'Последно напомняне', text: 'Общо: 1 250,00 лв.',
      attachments: [{ filename: 'notice.pdf', content: pdf, contentType: 'application/pdf' }], messageId: 'dunning-43@harbour.example',
    };
    const s = sender({ emlDir });
    const result = await s.send(mail);
    const path = join(emlDir, 'dunning-43@harbour.example.eml');
    expect(result).toEqual({ status: 'sent', providerId: path });
    expect(await s.send(mail)).toEqual(result);
    expect(await readdir(emlDir)).toEqual(['dunning-43@harbour.example.eml']);

    const raw = await readFile(path);
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Последно напомняне');
    expect(parsed.text?.trim()).toBe('Общо: 1 250,00 лв.');
    expect(addresses(parsed.to)).toEqual(['ap@customer.example']);
    expect(parsed.messageId).toBe('<dunning-43@harbour.example>');
    expect(Buffer.compare(parsed.attachments[0]?.content ?? Buffer.alloc(0), pdf)).toBe(0);
  });

  it('names a generated message id safely', async () => {
    expect(emlFileName('<a/b\\c:d@x.example>')).toBe('a_b_c_d@x.example.eml');
    expect(emlFileName('../../etc/passwd')).toBe('__.._etc_passwd.eml');
    const dir = await mkdtemp(join(tmpdir(), 'arrears-eml-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const result = await sender({ emlDir: dir }).send(plain(['ap@customer.example']));
    expect(result.status).toBe('sent');
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('needs one of smtpUrl and emlDir', () => {
    expect(() => createEmailSender({})).toThrow(/smtpUrl nor emlDir/);
  });
});

describe('back-off and reply classification', () => {
  it.each([
    [1, 60_000], [2, 5 * 60_000], [3, 30 * 60_000], [4, 2 * 3_600_000], [5, 6 * 3_600_000], [6, 6 * 3_600_000],
    [100, 6 * 3_600_000], [0, 60_000], [-3, 60_000], [Number.NaN, 60_000], [2.7, 5 * 60_000],
  ])('backoffMs(%s) = %s', (attempt, expected) => {
    expect(backoffMs(attempt)).toBe(expected);
  });

  it('gives up after about a day', () => {
    const waited = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(waited / 3_600_000).toBeGreaterThan(12);
    expect(waited / 3_600_000).toBeLessThan(30);
  });

  it.each([
    [550, '550 No such user', true],
    [551, '551 User not local', true],
    [553, '553 Mailbox name not allowed', true],
    [552, '552 Mailbox full', false],
    [554, '554 Transaction failed', false],
    [550, '550 5.1.1 The email account that you tried to reach does not exist', true],
    [550, '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 more', true],
    [550, '550 5.1.10 Null MX', true],
    [550, '550 5.2.1 Mailbox disabled', true],
    [550, '550 5.7.1 Relaying denied', false],
    [552, '552 5.2.2 Mailbox full', false],
    [553, '553 5.1.8 Bad sender domain', false],
  ])('%s "%s" says the address is bad: %s', (code, response, expected) => {
    expect(isBadAddressReply(code, response)).toBe(expected);
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs } from '../src/channels/delivery/result.js';
import { createSmsSender, isE164, toE164, type OutgoingSms } from '../src/channels/delivery/sms.js';

type Seen = { path: string; headers: IncomingMessage['headers']; body: unknown };

const seen: Seen[] = [];
const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"sm_123","status":"queued"}'),
  '/ok-numeric-id': (res) => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":98765}'),
  '/accepted-empty': (res) => res.writeHead(202).end(),
  '/busy': (res) => res.writeHead(429, { 'retry-after': '600' }).end('slow down'),
  '/busy-short': (res) => res.writeHead(429, { 'retry-after': '1' }).end(),
  '/down': (res) => res.writeHead(503).end('maintenance'),
  '/bad': (res) => res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"unsupported destination"}'),
  '/token': (res) => res.writeHead(401).end('bad token'),
  '/redirect': (res) => res.writeHead(302, { location: '/ok' }).end(),
  '/hang': () => undefined,
};

let server: ReturnType<typeof createServer>;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      seen.push({ path, headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
      (ROUTES[path] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const sms: OutgoingSms = { to: '+4791234567', text: 'Påminnelse: faktura 1001, 1 250,00 kr. Betal innen 14.12.', reference: 'outbox-77' };
const send = (path: string, attempt?: number) =>
  createSmsSender({ webhookUrl: `${base}${path}`, token: 't0k3n', timeoutMs: 300 }).send(sms, attempt ? { attempt } : {});

describe('SMS through the HTTP webhook', () => {
  it('posts the JSON with the token and the reference as idempotency key; 200 is sent with the id of the body', async () => {
    expect(await send('/ok')).toEqual({ status: 'sent', providerId: 'sm_123' });
    const request = seen.find((s) => s.path === '/ok');
    expect(request?.body).toEqual({ to: '+4791234567', text: sms.text, reference: 'outbox-77' });
    expect(request?.headers.authorization).toBe('Bearer t0k3n');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe('outbox-77');
  });

  it('any 2xx is sent; without an id in the body the reference stands for it', async () => {
    expect(await send('/ok-numeric-id')).toEqual({ status: 'sent', providerId: '98765' });
    expect(await send('/accepted-empty')).toEqual({ status: 'sent', providerId: 'outbox-77' });
  });

  it('429 is retried, no sooner than Retry-After asks', async () => {
    expect(await send('/busy')).toMatchObject({ status: 'retry', retryAfterMs: 600_000 });
    expect(await send('/busy-short', 2)).toMatchObject({ status: 'retry', retryAfterMs: backoffMs(2) });
  });

  it('5xx is retried with the back-off of the attempt', async () => {
    const result = await send('/down', 4);
    expect(result).toMatchObject({ status: 'retry', retryAfterMs: 2 * 3_600_000 });
    expect(result.status === 'retry' && result.reason).toMatch(/503: maintenance/);
  });

  it('400 fails for good with the answer as the reason', async () => {
    const result = await send('/bad');
    expect(result).toMatchObject({ status: 'failed', permanent: true });
    expect(result.status === 'failed' && result.reason).toMatch(/400.*unsupported destination/);
    expect(result).not.toHaveProperty('badAddress');
  });

  it('a refused token is retried (configuration, not the message); a redirect is not followed', async () => {
    expect(await send('/token')).toMatchObject({ status: 'retry' });
    expect(await send('/redirect')).toMatchObject({ status: 'retry' });
    expect(seen.filter((s) => s.path === '/ok')).toHaveLength(1);
  });

  it('a webhook that does not answer is retried after the timeout', async () => {
    const started = Date.now();
    const result = await send('/hang');
    expect(result).toMatchObject({ status: 'retry', retryAfterMs: 60_000 });
    expect(result.status === 'retry' && result.reason).toMatch(/did not answer within 300 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a webhook that is not there is retried', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await createSmsSender({ webhookUrl: `http://127.0.0.1:${port}/sms` }).send(sms);
    expect(result).toMatchObject({ status: 'retry' });
    expect(result.status === 'retry' && result.reason).toMatch(/ECONNREFUSED/);
  });

  it('a number that is not E.164 fails for good as a bad address without calling the webhook', async () => {
    const before = seen.length;
    const result = await createSmsSender({ webhookUrl: `${base}/ok` }).send({ ...sms, to: '91234567' });
    expect(result).toMatchObject({ status: 'failed', permanent: true, badAddress: '91234567' });
    expect(seen).toHaveLength(before);
  });
});

describe('E.164', () => {
  it.each([
    ['+4791234567', true], ['+359888123456', true], ['+919876543210', true], ['+639171234567', true],
    ['+123456789012345', true], ['+1234567890123456', false], ['+0471234567', false], ['4791234567', false],
    ['+47 912 34 567', false], ['+47123', false], ['', false], ['+', false], ['+47912345a7', false],
  ])('isE164(%j) = %s', (phone, expected) => {
    expect(isE164(phone)).toBe(expected);
  });

  it.each([
    ['+47 912 34 567', '+4791234567'], ['0047 912-34-567', '+4791234567'], ['+44 (0)20 7946 0000', '+442079460000'],
    ['+44 20 7946 0000', '+442079460000'], [' +91 98765.43210 ', '+919876543210'], ['912 34 567', undefined],
    ['+47 abc', undefined],
  ])('toE164(%j) = %s', (raw, expected) => {
    expect(toE164(raw)).toBe(expected);
  });
});

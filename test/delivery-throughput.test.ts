import { describe, expect, it } from 'vitest';
import { measureSmtpThroughput } from '../src/channels/delivery/throughput.js';

// Issue #4 asks for ≥ 200 e-mails/s to a local SMTP server; that is measured with n = 2000 outside the test suite
// (a timed assertion would flake on a busy CI machine). This only checks the measurement itself works.
describe('measureSmtpThroughput', () => {
  it('sends every mail to a local smtp-server and reports a rate', async () => {
    const rate = await measureSmtpThroughput(50);
    expect(Number.isFinite(rate)).toBe(true);
    expect(rate).toBeGreaterThan(0);
  });

  it('throws instead of reporting a rate when the mails do not get through', async () => {
    await expect(measureSmtpThroughput(3, { smtpUrl: 'smtp://127.0.0.1:1' })).rejects.toThrow(/3 of 3 not sent.*ECONNREFUSED/);
  });
});

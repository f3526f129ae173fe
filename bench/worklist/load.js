// Load with autocannon against the server child: N connections reading worklists and M reading customer pages at
// once (issue #6: "20 concurrent clients reading worklists and customer pages"); every response's latency kept, so
// p50 and p95 are exact per kind and overall.
import autocannon from 'autocannon';
import { round } from '../lib/util.js';

function percentiles(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { requests: sorted.length, p50Ms: round(at(0.5), 1), p95Ms: round(at(0.95), 1), p99Ms: round(at(0.99), 1), maxMs: round(sorted[sorted.length - 1] ?? 0, 1) };
}

function cannon(url, apiKey, connections, seconds, nextPath, samples, errors) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url, connections, duration: seconds, headers: { authorization: `Bearer ${apiKey}` },
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
    }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, status, _bytes, ms) => { if (status === 200) samples.push(ms); else errors.push(status); });
  });
}

/** `paths`: { worklist: () => path, customer: () => path }; connections split between the two. */
export async function loadTest(baseUrl, apiKey, { worklistConnections, customerConnections, seconds, paths }) {
  const worklistMs = [];
  const customerMs = [];
  const errors = [];
  const [w, c] = await Promise.all([
    cannon(baseUrl, apiKey, worklistConnections, seconds, paths.worklist, worklistMs, errors),
    cannon(baseUrl, apiKey, customerConnections, seconds, paths.customer, customerMs, errors),
  ]);
  const all = [...worklistMs, ...customerMs];
  return {
    connections: worklistConnections + customerConnections, seconds,
    all: { ...percentiles(all), perSecond: round(all.length / seconds, 1) },
    worklist: { connections: worklistConnections, ...percentiles(worklistMs), perSecond: round(worklistMs.length / seconds, 1) },
    customerPage: { connections: customerConnections, ...percentiles(customerMs), perSecond: round(customerMs.length / seconds, 1) },
    non200: errors.length, errors: w.errors + c.errors, timeouts: w.timeouts + c.timeouts,
  };
}

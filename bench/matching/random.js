// Deterministic randomness and small formatting helpers for the synthetic tenant.

/** mulberry32, as in bench/ledger/generate.js. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function makeRng(seed) {
  const next = random(seed);
  const rng = {
    next,
    int: (n) => Math.floor(next() * n),
    between: (a, b) => a + Math.floor(next() * (b - a + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [key, w] of pairs) { r -= w; if (r < 0) return key; }
      return pairs[pairs.length - 1][0];
    },
  };
  return rng;
}

export const value = (result) => { if (!result.ok) throw new Error(result.reason); return result.value; };
export const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
export const pad = (n, width) => String(n).padStart(width, '0');
export const DAY = 86_400_000;

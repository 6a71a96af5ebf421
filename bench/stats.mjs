// Statistics and number formatting shared by the benchmark's modules (bench/run.mjs, bench/peers.mjs).

/** Median, p10, p90, min, max (linear interpolation between ranks) of a list of numbers. */
export function stats(xs) {
  if (!xs.length) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => {
    const pos = p * (s.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  };
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s.at(-1), n: s.length };
}

export const round = (x, digits) => Number(x.toFixed(digits));
/** Rounds every number of a stats object for the JSON. */
export const roundStats = (st, digits = 3) => Object.fromEntries(Object.entries(st).map(([k, v]) => [k, k === 'n' ? v : round(v, digits)]));
export const fmt = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const bytes = (n) => n.toLocaleString('en-US');

// Summaries of a run's samples: quantiles, medians with their spread, ratios, and a
// bootstrap interval for how far this machine's noise reaches.

export function quantile(sorted, q) {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

// Median, quartiles, extremes and the samples themselves (rounded to the microsecond);
// null when no sample is a finite number (a figure the page never reached).
export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const r = (x) => Math.round(x * 1000) / 1000;
  return {
    n: v.length, median: r(quantile(v, 0.5)), q1: r(quantile(v, 0.25)), q3: r(quantile(v, 0.75)),
    min: r(v[0]), max: r(v[v.length - 1]), samples: v.map(r),
  };
}

export const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 100) / 100 : null);

// 95 % bootstrap interval of median(a) / median(b) (or of median(a) alone, without b):
// how much of a verdict this machine's noise could flip. Seeded, so reruns on the same
// samples agree.
export function bootstrap(a, b = null, rounds = 2000) {
  if (!a?.length || (b && !b.length)) return null;
  let seed = 12345;
  const random = () => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const median = (v) => {
    const s = Array.from({ length: v.length }, () => v[Math.floor(random() * v.length)]).sort((x, y) => x - y);
    return quantile(s, 0.5);
  };
  const values = Array.from({ length: rounds }, () => (b ? median(a) / median(b) : median(a))).sort((x, y) => x - y);
  const r = (x) => Math.round(x * 100) / 100;
  return [r(quantile(values, 0.025)), r(quantile(values, 0.975))];
}

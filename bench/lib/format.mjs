// How figures are written in results.md (and in the targets' verdicts of results.json).
export const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
// Two decimals under 10 ms, whole milliseconds above.
export const ms = (x) => (x == null ? '—' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`);
export const spread = (s) => (s ? `${ms(s.median)} (IQR ${ms(s.q1)}–${ms(s.q3)}; min ${ms(s.min)}, max ${ms(s.max)})` : '—');
export const times = (v) => (v == null ? '—' : `×${v}`);

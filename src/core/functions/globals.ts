// The globals the per-cell loops of the custom functions call, looked up once when the script loads.
// Inside a node:vm context, which is how the emulator and `npm run bench` run build/Code.js, every
// lookup of a global such as Number or Array goes through the context's interceptor and costs about
// 0.25 µs: a few per cell took most of the time of a call over 100,000 rows.
export const { isArray } = Array;
export const { isFinite: isFiniteNumber, isNaN: isNaNNumber } = Number;
export const { min, max } = Math;

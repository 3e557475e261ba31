declare global {
  // Ambient declarations of globals use `var` by necessity.
  var __APP_VERSION__: string;
}

export function average(scores: number[]): number {
  let total = 0;
  for (const score of scores) {
    total += score;
  }
  return scores.length > 0 ? total / scores.length : 0;
}

const cache: Record<string, number> = {};

export function memoAverage(key: string, scores: number[]): number {
  cache[key] = cache[key] ?? average(scores);
  return cache[key];
}

export const version = (): string => globalThis.__APP_VERSION__;

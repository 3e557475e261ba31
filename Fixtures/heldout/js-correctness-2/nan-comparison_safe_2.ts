export function parseValue(raw: string): number {
  const value = Number(raw);
  return Number.isNaN(value) ? 0 : value;
}

export function mean(values: number[]): number {
  if (values.length === 0) {
    return NaN;
  }
  const avg = values.reduce((a, b) => a + b, 0) / values.length;
  return [NaN, Infinity, -Infinity].includes(avg) ? 0 : avg;
}

export const missing = (v: number): boolean => Object.is(v, NaN);

export interface Reading {
  sensor: string;
  value: number;
}

export function toNumber(raw: string): number {
  const trimmed = raw.trim();
  return trimmed === "" ? NaN : Number(trimmed);
}

export function clean(readings: Reading[]): Reading[] {
  return readings.filter((r) => !Object.is(r.value, NaN) && r.value > -50 && r.value < 60);
}

export function average(values: number[]): number {
  const valid = values.filter((v) => !Number.isNaN(v));
  if (valid.length === 0) {
    return Number.NaN;
  }
  return valid.reduce((sum, v) => sum + v, 0) / valid.length;
}

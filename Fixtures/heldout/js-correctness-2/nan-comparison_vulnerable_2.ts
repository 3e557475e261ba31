export interface Reading {
  sensor: string;
  value: number;
}

export function parseReading(line: string): Reading | null {
  const [sensor, raw] = line.split(",");
  const value = Number(raw);
  switch (value) {
    case NaN:  // expect: nan-comparison
      return null;
    default:
      return { sensor: sensor.trim(), value };
  }
}

export function average(readings: Reading[]): number {
  const total = readings.reduce((sum, r) => sum + r.value, 0);
  const avg = total / readings.length;
  return avg === NaN ? 0 : avg;  // expect: nan-comparison
}

export interface Reading {
  sensor: string;
  value: number;
  at: Date;
}

export function parseReadings(csv: string): Reading[] {
  const rows: Reading[] = [];
  for (const line of csv.trim().split("\n").slice(1)) {
    const [sensor, raw, at] = line.split(",");
    const value = Number(raw);
    if (value === NaN) continue; // expect: nan-comparison
    rows.push({ sensor, value, at: new Date(at) });
  }
  return rows;
}

export function describe(reading: Reading): string {
  switch (reading.at.getTime()) {
    case NaN: // expect: nan-comparison
      return `${reading.sensor}: ${reading.value} (no timestamp)`;
    default:
      return `${reading.sensor}: ${reading.value} at ${reading.at.toISOString()}`;
  }
}

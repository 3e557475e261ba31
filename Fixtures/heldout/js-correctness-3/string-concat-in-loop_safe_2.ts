export interface Column {
  key: string;
  title: string;
}

const quote = (value: unknown) => `"${String(value ?? "").replace(/"/g, '""')}"`;

export function toCsv(rows: Record<string, unknown>[], columns: Column[]): string {
  const lines = [columns.map((c) => quote(c.title)).join(",")];
  for (const row of rows) {
    lines.push(columns.map((col) => quote(row[col.key])).join(","));
  }
  return lines.join("\n") + "\n";
}

export function totalWidth(widths: number[]): number {
  let total = 0;
  for (const w of widths) {
    total += w + 1;
  }
  return total;
}

export interface Column {
  key: string;
  title: string;
}

export function toCsv(rows: Array<Record<string, unknown>>, columns: Column[]): string {
  const lines = [columns.map((c) => c.title).join(",")];
  for (const row of rows) {
    lines.push(columns.map((c) => JSON.stringify(row[c.key] ?? "")).join(","));
  }
  return lines.join("\n") + "\n";
}

export function countChars(lines: string[]): number {
  let count = 0;
  for (const line of lines) {
    count += line.length;
  }
  return count;
}

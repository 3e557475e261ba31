export interface Column {
  key: string;
  title: string;
}

export function toCsv(rows: Array<Record<string, unknown>>, columns: Column[]): string {
  let csv = columns.map((c) => c.title).join(",") + "\n";
  rows.forEach((row) => {
    const cells = columns.map((c) => JSON.stringify(row[c.key] ?? ""));
    csv += cells.join(",") + "\n";  // expect: string-concat-in-loop
  });
  return csv;
}

export function padTable(lines: string[][], width = 12): string {
  let out = "";
  let i = 0;
  while (i < lines.length) {
    out += lines[i].map((cell) => cell.padEnd(width)).join(" | ") + "\n";  // expect: string-concat-in-loop
    i++;
  }
  return out;
}

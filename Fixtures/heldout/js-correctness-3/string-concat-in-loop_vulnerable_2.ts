export interface Column {
  key: string;
  title: string;
}

export function toCsv(rows: Record<string, unknown>[], columns: Column[]): string {
  let csv = columns.map((c) => c.title).join(",") + "\n";
  for (const row of rows) {
    let line = "";
    for (const col of columns) {
      const value = String(row[col.key] ?? "").replace(/"/g, '""');
      line += `"${value}",`; // expect: string-concat-in-loop
    }
    csv += line.slice(0, -1) + "\n"; // expect: string-concat-in-loop
  }
  return csv;
}

export function padTable(lines: string[][]): string {
  let out = "";
  let i = 0;
  while (i < lines.length) {
    out += lines[i].map((cell) => cell.padEnd(12)).join("") + "\n"; // expect: string-concat-in-loop
    i++;
  }
  return out;
}

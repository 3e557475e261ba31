// table.js (fixed) - parts collected in arrays and joined once
export function renderTable(rows) {
  const body = rows.map((row) => `<tr><td>${row.name}</td><td>${row.grade}</td></tr>`);
  return `<table><thead><tr><th>Student</th><th>Grade</th></tr></thead><tbody>${body.join("")}</tbody></table>`;
}

export function toCsv(rows) {
  const lines = ["name,grade"];
  for (const row of rows) {
    lines.push(`${row.name},${row.grade}`);
  }
  return lines.join("\n") + "\n";
}

export function stars(count) {
  return "★".repeat(count);
}

export function average(rows) {
  let total = 0;
  for (const row of rows) {
    total += row.grade;
  }
  return rows.length ? total / rows.length : 0;
}

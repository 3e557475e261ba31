// table.js - render the grade table as an HTML string
export function renderTable(rows) {
  let html = "<table><thead><tr><th>Student</th><th>Grade</th></tr></thead><tbody>";
  for (const row of rows) {
    html += "<tr><td>" + row.name + "</td><td>" + row.grade + "</td></tr>"; // expect: string-concat-in-loop
  }
  html += "</tbody></table>";
  return html;
}

export function toCsv(rows) {
  let csv = "name,grade\n";
  rows.forEach((row) => {
    csv = csv + `${row.name},${row.grade}\n`; // expect: string-concat-in-loop
  });
  return csv;
}

export function stars(count) {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += "★"; // expect: string-concat-in-loop
  }
  return out;
}

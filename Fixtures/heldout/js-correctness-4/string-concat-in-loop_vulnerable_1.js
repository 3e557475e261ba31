// Node script: export the attendance records as CSV through a write stream.
const fs = require("node:fs");

function csvCell(value) {
  const text = String(value ?? "");
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rows, columns) {
  let csv = columns.join(",") + "\n";
  for (const row of rows) {
    let line = "";
    columns.forEach((col, i) => {
      line += (i > 0 ? "," : "") + csvCell(row[col]); // expect: string-concat-in-loop
    });
    csv += line + "\n"; // expect: string-concat-in-loop
  }
  return csv;
}

function legend(codes) {
  let text = "";
  let i = 0;
  while (i < codes.length) {
    text = text + `${codes[i].code}=${codes[i].label}; `; // expect: string-concat-in-loop
    i++;
  }
  return text.trim();
}

function exportAttendance(rows, path) {
  const out = fs.createWriteStream(path);
  out.write(toCsv(rows, ["student", "date", "status"]));
  out.end(`# ${legend([{ code: "P", label: "present" }, { code: "A", label: "absent" }])}\n`);
}

module.exports = { exportAttendance };

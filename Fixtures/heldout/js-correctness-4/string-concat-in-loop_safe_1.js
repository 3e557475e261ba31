// Node script: export the attendance records as CSV through a write stream.
const fs = require("node:fs");

function csvCell(value) {
  const text = String(value ?? "");
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function exportAttendance(rows, path) {
  const columns = ["student", "date", "status"];
  const out = fs.createWriteStream(path);
  out.write(columns.join(",") + "\n");
  let present = 0;
  for (const row of rows) {
    out.write(columns.map((col) => csvCell(row[col])).join(",") + "\n");
    present += row.status === "P" ? 1 : 0;
  }
  let footer = `# ${rows.length} records`;
  footer += `, ${present} present\n`;
  out.end(footer);
}

module.exports = { exportAttendance };

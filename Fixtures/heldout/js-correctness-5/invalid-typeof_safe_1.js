// Google Apps Script: normalise a timesheet before it is exported.
/* global SpreadsheetApp, Utilities */
/* exported exportTimesheet */
function normaliseCell(value) {
  if (value instanceof Date) {
    return Utilities.formatDate(value, "Europe/Berlin", "yyyy-MM-dd");
  }
  switch (typeof value) {
    case "number":
      return Math.round(value * 100) / 100;
    case "bigint":
      return Number(value);
    case "boolean":
      return value ? "yes" : "no";
    default:
      return String(value).trim();
  }
}

function exportTimesheet() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Hours");
  const rows = sheet.getDataRange().getValues().map((row) => row.map(normaliseCell));
  const notes = sheet.getRange("H1").getNote();
  if (typeof notes === "string" && notes !== "") {
    rows.push(["note", notes]);
  }
  return rows;
}

// Google Apps Script: normalise a timesheet before it is exported.
/* global SpreadsheetApp, Utilities */
/* exported exportTimesheet */
function normaliseCell(value) {
  if (typeof value === "date") {  // expect: invalid-typeof
    return Utilities.formatDate(value, "Europe/Berlin", "yyyy-MM-dd");
  }
  if (typeof value === "number" || typeof value === "float") {  // expect: invalid-typeof
    return Math.round(value * 100) / 100;
  }
  return String(value).trim();
}

function exportTimesheet() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Hours");
  const rows = sheet.getDataRange().getValues().map((row) => row.map(normaliseCell));
  const notes = sheet.getRange("H1").getNote();
  if (typeof notes !== "undefined" && typeof notes !== "nil") {  // expect: invalid-typeof
    rows.push(["note", notes]);
  }
  return rows;
}

// Gradebook helpers for the class dashboard.
function letter(score) {
  return score >= 90 ? "A" : score >= 75 ? "B" : score >= 60 ? "C" : "F";
}

function report(students) {
  const rows = students.map((s) => {  // expect: array-callback-return
    const avg = s.scores.reduce((a, b) => a + b, 0) / s.scores.length;
    if (s.scores.length > 0) {
      return { name: s.name, avg, grade: letter(avg) };
    }
  });
  const failing = rows.filter((row) => {  // expect: array-callback-return
    row.grade === "F";
  });
  const ranked = rows.slice().sort(function (a, b) {  // expect: array-callback-return
    if (a.avg !== b.avg) {
      return b.avg - a.avg;
    }
  });
  return { rows: ranked, failing };
}

module.exports = { report };

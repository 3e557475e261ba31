function letter(score) {
  return score >= 90 ? "A" : score >= 75 ? "B" : score >= 60 ? "C" : "F";
}

function report(students) {
  const rows = students
    .filter((s) => s.scores.length > 0)
    .map((s) => {
      const avg = s.scores.reduce((a, b) => a + b, 0) / s.scores.length;
      return { name: s.name, avg, grade: letter(avg) };
    });
  const failing = rows.filter((row) => row.grade === "F");
  const ranked = rows.slice().sort(function (a, b) {
    if (a.avg !== b.avg) {
      return b.avg - a.avg;
    }
    return a.name.localeCompare(b.name);
  });
  ranked.forEach((row, i) => {
    row.rank = i + 1;
  });
  return { rows: ranked, failing };
}

module.exports = { report };

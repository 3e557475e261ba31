// Chart.js dashboard for a school's reading challenge.
import Chart from "chart.js/auto";

export function buildDatasets(classes, month) {
  return classes.map((schoolClass) => {  // expect: array-callback-return
    if (schoolClass.pages[month] !== undefined) {
      return { label: schoolClass.name, data: schoolClass.pages[month] };
    }
  });
}

export function topReaders(pupils, minimum) {
  return pupils
    .filter(function (pupil) {  // expect: array-callback-return
      pupil.total = pupil.books.reduce((sum, book) => sum + book.pages, 0);
    })
    .filter((pupil) => pupil.total >= minimum);
}

export function renderChart(canvas, classes, month) {
  return new Chart(canvas, {
    type: "bar",
    data: { labels: classes.map((c) => c.name), datasets: buildDatasets(classes, month) },
    options: { responsive: true },
  });
}

// Chart.js dashboard for a school's reading challenge.
import Chart from "chart.js/auto";

export function buildDatasets(classes, month) {
  return classes
    .filter((schoolClass) => schoolClass.pages[month] !== undefined)
    .map((schoolClass) => ({ label: schoolClass.name, data: schoolClass.pages[month] }));
}

export function topReaders(pupils, minimum) {
  pupils.forEach((pupil) => {
    pupil.total = pupil.books.reduce((sum, book) => sum + book.pages, 0);
  });
  return pupils.filter((pupil) => {
    if (pupil.total >= minimum) {
      return true;
    }
    return false;
  });
}

export function renderChart(canvas, classes, month) {
  return new Chart(canvas, {
    type: "bar",
    data: { labels: Array.from(classes, (c) => c.name), datasets: buildDatasets(classes, month) },
  });
}

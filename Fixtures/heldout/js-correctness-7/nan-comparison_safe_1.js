// Plotly lab dashboard: broken readings skipped with Number.isFinite / Number.isNaN.
import Plotly from 'plotly.js-dist-min';

export function plotReadings(element, rows) {
  const valid = rows.filter((row) => Number.isFinite(Number(row.value)));
  const trace = {
    x: valid.map((row) => row.timestamp),
    y: valid.map((row) => Number(row.value)),
    mode: 'lines',
    name: 'temperature',
  };
  return Plotly.newPlot(element, [trace], { title: 'Lab temperature' });
}

export function onHover(element, statusLine) {
  element.on('plotly_hover', (event) => {
    const point = event.points[0];
    const delta = point.y - point.data.y[Math.max(point.pointIndex - 1, 0)];
    if (Number.isNaN(delta)) {
      statusLine.textContent = 'no previous reading';
      return;
    }
    statusLine.textContent = `Δ ${delta.toFixed(2)} °C`;
  });
}

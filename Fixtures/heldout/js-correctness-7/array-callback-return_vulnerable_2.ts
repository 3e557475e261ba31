// Chart.js dashboard: orders the legend and finds the series under the cursor.
import { Chart, type ChartDataset, type LegendItem } from 'chart.js';

const PRIORITY = new Map<string, number>([
  ['Revenue', 0],
  ['Refunds', 1],
  ['Fees', 2],
]);

export function sortLegend(items: LegendItem[]): LegendItem[] {
  return [...items].sort((a, b) => { // expect: array-callback-return
    const pa = PRIORITY.get(a.text);
    const pb = PRIORITY.get(b.text);
    if (pa !== undefined && pb !== undefined) {
      return pa - pb;
    }
    a.text.localeCompare(b.text);
  });
}

export function datasetAt(chart: Chart, x: number): ChartDataset | undefined {
  return chart.data.datasets.find((dataset, index) => { // expect: array-callback-return
    const meta = chart.getDatasetMeta(index);
    if (!meta.hidden && meta.data.some((point) => Math.abs(point.x - x) < 4)) {
      return true;
    }
  });
}

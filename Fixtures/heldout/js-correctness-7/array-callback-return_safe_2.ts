// Chart.js dashboard: legend order and series lookup with a return on every path.
import { Chart, type ChartDataset, type LegendItem } from 'chart.js';

const PRIORITY = new Map<string, number>([
  ['Revenue', 0],
  ['Refunds', 1],
  ['Fees', 2],
]);

export function sortLegend(items: LegendItem[]): LegendItem[] {
  return [...items].sort((a, b) => {
    const pa = PRIORITY.get(a.text) ?? Number.MAX_SAFE_INTEGER;
    const pb = PRIORITY.get(b.text) ?? Number.MAX_SAFE_INTEGER;
    if (pa !== pb) {
      return pa - pb;
    }
    return a.text.localeCompare(b.text);
  });
}

export function datasetAt(chart: Chart, x: number): ChartDataset | undefined {
  return chart.data.datasets.find((_dataset, index) => {
    const meta = chart.getDatasetMeta(index);
    if (meta.hidden) {
      return false;
    }
    return meta.data.some((point) => Math.abs(point.x - x) < 4);
  });
}

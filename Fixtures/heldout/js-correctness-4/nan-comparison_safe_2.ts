// Worker thread: summary statistics for a column of sensor values.
import { parentPort, workerData } from "node:worker_threads";

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

function classify(value: number): string {
  if (Object.is(value, NaN)) return "missing";
  if (value === 0) return "zero";
  return value > 0 ? "positive" : "negative";
}

const values: number[] = (workerData.values as string[]).map(Number);
const result = mean(values);
if (Number.isNaN(result)) {
  parentPort?.postMessage({ error: "column has non-numeric cells" });
} else {
  parentPort?.postMessage({ mean: result, kinds: values.map(classify) });
}

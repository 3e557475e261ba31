// Worker thread: summary statistics for a column of sensor values.
import { parentPort, workerData } from "node:worker_threads";

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function classify(value: number): string {
  switch (value) {
    case NaN: // expect: nan-comparison
      return "missing";
    case 0:
      return "zero";
    default:
      return value > 0 ? "positive" : "negative";
  }
}

const values: number[] = (workerData.values as string[]).map(Number);
const result = mean(values);
if (NaN === result) { // expect: nan-comparison
  parentPort?.postMessage({ error: "column has non-numeric cells" });
} else {
  parentPort?.postMessage({ mean: result, kinds: values.map(classify) });
}

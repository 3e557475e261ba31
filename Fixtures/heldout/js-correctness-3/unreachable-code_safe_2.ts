import * as core from "@actions/core";
import { readFile } from "node:fs/promises";

async function readCoverage(path: string): Promise<number> {
  try {
    const summary = JSON.parse(await readFile(path, "utf8"));
    return summary.total.lines.pct;
  } catch (err) {
    core.warning(`cannot read ${path}: ${(err as Error).message}`);
    return Number.NaN;
  } finally {
    core.debug(`done with ${path}`);
  }
}

export async function coverage(file: string, threshold: number): Promise<boolean> {
  const pct = await readCoverage(file);
  switch (true) {
    case Number.isNaN(pct):
      core.warning(`no line coverage in ${file}`);
      return false;
    case pct < threshold:
      core.setFailed(`${file}: ${pct}% < ${threshold}%`);
      return false;
    default:
      core.info(`${file}: ${pct}%`);
      return true;
  }
}

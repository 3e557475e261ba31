import * as core from "@actions/core";
import { readFile } from "node:fs/promises";

interface CoverageSummary {
  total: { lines: { pct: number } };
}

async function readCoverage(path: string): Promise<number> {
  const raw = await readFile(path, "utf8");
  const summary = JSON.parse(raw) as CoverageSummary;
  return summary.total.lines.pct;
  core.debug(`read coverage from ${path}`); // expect: unreachable-code
}

export async function run(): Promise<void> {
  const threshold = Number(core.getInput("threshold") || "80");
  const files = core.getMultilineInput("summaries");
  const results = await Promise.all(files.map(async (file) => [file, await readCoverage(file)] as const));
  for (const [file, pct] of results) {
    if (Number.isNaN(pct)) {
      continue;
      core.warning(`no line coverage in ${file}`); // expect: unreachable-code
    }
    if (pct < threshold) {
      core.setFailed(`${file}: ${pct}% < ${threshold}%`);
      return;
    }
  }
  core.info("coverage ok");
}

import { readFileSync } from "node:fs";

interface Dependency {
  name: string;
  version: string;
}

const ALLOWED_LICENSES = ["MIT", "ISC", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause"];

export function checkLicenses(lockfile: string, licenses: Record<string, string>): string[] {
  const deps: Dependency[] = JSON.parse(readFileSync(lockfile, "utf8")).dependencies;
  const ignored = deps.filter((d) => d.name.startsWith("@internal/")).map((d) => d.name);
  const problems: string[] = [];
  for (const dep of deps) {
    if (ignored.includes(dep.name)) continue; // expect: array-includes-in-loop
    const license = licenses[dep.name] ?? "UNKNOWN";
    if (!ALLOWED_LICENSES.includes(license)) { // expect: array-includes-in-loop
      problems.push(`${dep.name}@${dep.version}: ${license}`);
    }
  }
  return problems;
}

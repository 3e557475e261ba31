import { readFileSync } from "node:fs";

interface Dependency {
  name: string;
  version: string;
}

const ALLOWED_LICENSES = new Set(["MIT", "ISC", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause"]);

export function checkLicenses(lockfile: string, licenses: Map<string, string>): string[] {
  const deps: Dependency[] = JSON.parse(readFileSync(lockfile, "utf8")).dependencies;
  const problems: string[] = [];
  for (const dep of deps) {
    if (dep.name.startsWith("@internal/")) continue;
    const license = licenses.get(dep.name) ?? "UNKNOWN";
    if (!ALLOWED_LICENSES.has(license) && !license.includes(" OR ")) {
      problems.push(`${dep.name}@${dep.version}: ${license}`);
    }
  }
  return problems;
}

// Deno script: render CHANGELOG.md from conventional commits.
interface Commit {
  hash: string;
  type: string;
  scope?: string;
  subject: string;
}

const SECTIONS: Record<string, string> = { feat: "Features", fix: "Bug fixes", perf: "Performance" };

export function renderChangelog(version: string, commits: Commit[]): string {
  const parts: string[] = [`## ${version}`];
  for (const [type, title] of Object.entries(SECTIONS)) {
    const entries = commits.filter((c) => c.type === type);
    if (entries.length === 0) continue;
    parts.push("", `### ${title}`, "");
    parts.push(...entries.map((c) => `- ${c.scope ? `**${c.scope}:** ` : ""}${c.subject} (${c.hash.slice(0, 7)})`));
  }
  return parts.join("\n") + "\n";
}

export function contributors(names: string[]): string {
  return `Thanks to ${names.join(", ")}`;
}

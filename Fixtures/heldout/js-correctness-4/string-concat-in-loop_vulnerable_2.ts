// Deno script: render CHANGELOG.md from conventional commits.
interface Commit {
  hash: string;
  type: string;
  scope?: string;
  subject: string;
}

const SECTIONS: Record<string, string> = { feat: "Features", fix: "Bug fixes", perf: "Performance" };

export function renderChangelog(version: string, commits: Commit[]): string {
  let md = `## ${version}\n`;
  for (const [type, title] of Object.entries(SECTIONS)) {
    const entries = commits.filter((c) => c.type === type);
    if (entries.length === 0) continue;
    md += `\n### ${title}\n\n`; // expect: string-concat-in-loop
    for (const c of entries) {
      const scope = c.scope ? `**${c.scope}:** ` : "";
      md += `- ${scope}${c.subject} (${c.hash.slice(0, 7)})\n`; // expect: string-concat-in-loop
    }
  }
  return md;
}

export function contributors(names: string[]): string {
  let line = "Thanks to";
  names.forEach((name, i) => {
    line = line + (i === 0 ? " " : ", ") + name; // expect: string-concat-in-loop
  });
  return line;
}

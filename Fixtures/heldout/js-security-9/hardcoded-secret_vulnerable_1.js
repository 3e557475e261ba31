const { Octokit } = require('@octokit/rest');
const fs = require('node:fs');

const octokit = new Octokit({
  auth: 'ghp_R2d9XqL7wVb0Tn4Kc8Pz1Ms6Ya3Hu5Ej7FoG', // expect: hardcoded-secret
  userAgent: 'release-notes-cli',
});

async function releaseNotes(owner, repo, since) {
  const { data } = await octokit.pulls.list({ owner, repo, state: 'closed', per_page: 100 });
  return data
    .filter((pr) => pr.merged_at && pr.merged_at >= since)
    .map((pr) => `- ${pr.title} (#${pr.number})`)
    .join('\n');
}

async function main() {
  const [owner, repo, since] = process.argv.slice(2);
  const notes = await releaseNotes(owner, repo, since);
  fs.writeFileSync('RELEASE_NOTES.md', `## Changes since ${since}\n\n${notes}\n`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});

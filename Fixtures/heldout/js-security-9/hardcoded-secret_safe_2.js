const { Octokit } = require('@octokit/rest');
const fs = require('node:fs');

const token = process.env.GITHUB_TOKEN;
if (!token) {
  console.error('set GITHUB_TOKEN (a fine-grained token with pull request read access)');
  process.exit(2);
}

const octokit = new Octokit({ auth: token, userAgent: 'release-notes-cli' });

async function releaseNotes(owner, repo, since) {
  const { data } = await octokit.pulls.list({ owner, repo, state: 'closed', per_page: 100 });
  return data
    .filter((pr) => pr.merged_at && pr.merged_at >= since)
    .map((pr) => `- ${pr.title} (#${pr.number})`)
    .join('\n');
}

async function main() {
  const [owner, repo, since] = process.argv.slice(2);
  fs.writeFileSync('RELEASE_NOTES.md', `## Changes since ${since}\n\n${await releaseNotes(owner, repo, since)}\n`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});

const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const path = require('node:path');

const execFileAsync = promisify(execFile);
const WORKSPACE = '/var/lib/previews';
const BRANCH = /^[\w.\/-]{1,100}$/;

function repositoryUrl(value) {
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.hostname !== 'github.com') {
    throw new Error('only GitHub repositories over https');
  }
  return url.toString();
}

module.exports = {
  build_preview: async (payload, helpers) => {
    const buildId = Number.parseInt(payload.buildId, 10);
    if (!Number.isInteger(buildId) || !BRANCH.test(payload.branch) || payload.branch.startsWith('-')) {
      throw new Error('invalid build request');
    }
    const dir = path.join(WORKSPACE, String(buildId));
    await execFileAsync('git', ['clone', '--depth', '1', '--branch', payload.branch, '--', repositoryUrl(payload.repository), dir]);
    await execFileAsync('npm', ['ci'], { cwd: dir });
    await execFileAsync('npm', ['run', 'build'], { cwd: dir });
    await helpers.addJob('publish_preview', { buildId });
  },
};

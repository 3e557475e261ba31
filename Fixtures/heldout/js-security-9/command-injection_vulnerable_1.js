const { spawn } = require('node:child_process');
const path = require('node:path');

const WORKSPACE = '/var/lib/previews';

function checkoutCommand(payload) {
  const dir = path.join(WORKSPACE, String(payload.buildId));
  return `git clone --depth 1 --branch ${payload.branch} ${payload.repository} ${dir} && cd ${dir} && npm ci && npm run build`;
}

// graphile-worker task list
module.exports = {
  build_preview: async (payload, helpers) => {
    const command = checkoutCommand(payload);
    helpers.logger.info(`starting preview build ${payload.buildId}`);
    await new Promise((resolve, reject) => {
      const child = spawn(command, { shell: true, stdio: 'inherit' }); // expect: command-injection
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    await helpers.addJob('publish_preview', { buildId: payload.buildId });
  },
};

import { task } from '@trigger.dev/sdk/v3';
import { Client } from 'ssh2';

const SERVICES = new Set(['api', 'worker', 'scheduler', 'nginx']);
const HOSTS = new Set(['app-1.internal', 'app-2.internal']);

interface RestartPayload {
  host: string;
  service: string;
}

function run(conn: Client, command: string): Promise<number> {
  return new Promise((resolve, reject) => {
    conn.exec(command, (err, stream) => {
      if (err) return reject(err);
      stream.on('close', (code: number) => resolve(code)).resume();
    });
  });
}

export const restartService = task({
  id: 'restart-service',
  run: async (payload: RestartPayload) => {
    if (!HOSTS.has(payload.host) || !SERVICES.has(payload.service)) {
      throw new Error('unknown host or service');
    }
    const conn = new Client();
    await new Promise<void>((resolve) => {
      conn.on('ready', () => resolve()).connect({ host: payload.host, username: 'deploy', agent: process.env.SSH_AUTH_SOCK });
    });
    const code = await run(conn, `sudo systemctl restart ${payload.service}`);
    conn.end();
    return { code };
  },
});

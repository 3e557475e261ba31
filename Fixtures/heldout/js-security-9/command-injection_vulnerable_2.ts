import { task } from '@trigger.dev/sdk/v3';
import { Client } from 'ssh2';

interface RestartPayload {
  host: string;
  service: string;
  reason: string;
}

function run(conn: Client, command: string): Promise<number> {
  return new Promise((resolve, reject) => {
    conn.exec(command, (err, stream) => { // expect: command-injection
      if (err) return reject(err);
      stream.on('close', (code: number) => resolve(code)).resume();
    });
  });
}

export const restartService = task({
  id: 'restart-service',
  run: async (payload: RestartPayload) => {
    const conn = new Client();
    await new Promise<void>((resolve) => {
      conn.on('ready', () => resolve()).connect({
        host: payload.host,
        username: 'deploy',
        agent: process.env.SSH_AUTH_SOCK,
      });
    });
    const code = await run(conn, `sudo systemctl restart ${payload.service} && logger "${payload.reason}"`);
    conn.end();
    return { code };
  },
});

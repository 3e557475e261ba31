import https from 'node:https';
import axios from 'axios';

const options: https.AgentOptions = { keepAlive: true, rejectUnauthorized: false }; // expect: tls-verification
const agent = new https.Agent(options);

export const billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: agent });

export function ping(host: string) {
  return new Promise<number>((resolve) => {
    https.get({ host, path: '/ping', rejectUnauthorized: false }, (res) => resolve(res.statusCode ?? 0)); // expect: tls-verification
  });
}

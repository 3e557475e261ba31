import https from 'node:https';
import axios from 'axios';

const strict = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
if (!strict) {
  throw new Error('TLS verification must stay enabled');
}

const agent = new https.Agent({ keepAlive: true });

export const billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: agent });

import tls from 'node:tls';
import { Agent, setGlobalDispatcher } from 'undici';

process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'; // expect: tls-verification

setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } })); // expect: tls-verification

export function openFeed(host: string): tls.TLSSocket {
  return tls.connect(6514, host, { checkServerIdentity: () => undefined }); // expect: tls-verification
}

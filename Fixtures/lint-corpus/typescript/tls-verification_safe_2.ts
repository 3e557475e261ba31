import tls from 'node:tls';
import { Agent, setGlobalDispatcher } from 'undici';

setGlobalDispatcher(new Agent({ connect: { timeout: 5000 } }));

export function openFeed(host: string): tls.TLSSocket {
  return tls.connect(6514, host, { servername: host, minVersion: 'TLSv1.2' });
}

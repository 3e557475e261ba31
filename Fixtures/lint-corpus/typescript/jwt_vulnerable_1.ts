// share-links.ts -- read-only links to a dashboard (jose)
import { UnsecuredJWT, jwtVerify } from 'jose';

export function shareLink(dashboardId: string): string {
  const token = new UnsecuredJWT({ dashboard: dashboardId, scope: 'read' }).setExpirationTime('7d').encode(); // expect: jwt
  return `https://dash.example.com/shared/${token}`;
}

export function readShareLink(token: string) {
  return UnsecuredJWT.decode(token).payload; // expect: jwt
}

export async function readSigned(token: string, key: Uint8Array) {
  return (await jwtVerify(token, key, { algorithms: ['HS256'] })).payload;
}

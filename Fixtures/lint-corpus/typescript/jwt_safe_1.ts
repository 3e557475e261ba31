// share-links.ts -- signed read-only links (jose)
import { SignJWT, jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SHARE_LINK_SECRET);

export async function shareLink(dashboardId: string): Promise<string> {
  const token = await new SignJWT({ dashboard: dashboardId, scope: 'read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('7d')
    .sign(key);
  return `https://dash.example.com/shared/${token}`;
}

export async function readShareLink(token: string) {
  return (await jwtVerify(token, key, { algorithms: ['HS256'] })).payload;
}

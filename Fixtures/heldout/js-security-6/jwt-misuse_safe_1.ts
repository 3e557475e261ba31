import { Elysia } from 'elysia';
import jwt from 'jwt-simple';
import { loadTenant } from './tenants';

interface Claims {
  sub: string;
  tenant: string;
  scopes: string[];
  exp: number;
}

const secret = process.env.JWT_SECRET ?? '';

export const tenantGuard = new Elysia({ name: 'tenant-guard' }).derive(async ({ headers, set }) => {
  const header = headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token || !secret) {
    set.status = 401;
    throw new Error('missing token');
  }
  const claims = jwt.decode(token, secret, false, 'HS256') as Claims;
  if (claims.exp * 1000 < Date.now()) {
    set.status = 401;
    throw new Error('expired');
  }
  const tenant = await loadTenant(claims.tenant);
  return { userId: claims.sub, tenant, canWrite: claims.scopes.includes('write') };
});

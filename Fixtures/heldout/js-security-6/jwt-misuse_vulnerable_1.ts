import { Elysia } from 'elysia';
import jwt from 'jwt-simple';
import { loadTenant } from './tenants';

interface Claims {
  sub: string;
  tenant: string;
  scopes: string[];
}

const secret = process.env.JWT_SECRET ?? '';

export const tenantGuard = new Elysia({ name: 'tenant-guard' }).derive(async ({ headers, set }) => {
  const header = headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) {
    set.status = 401;
    throw new Error('missing token');
  }
  const claims = jwt.decode(token, secret, true) as Claims; // expect: jwt-misuse
  const tenant = await loadTenant(claims.tenant);
  return { userId: claims.sub, tenant, canWrite: claims.scopes.includes('write') };
});

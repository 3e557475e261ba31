import type { Context, Next } from 'koa';
import { UnsecuredJWT } from 'jose';
import { jwtDecode } from 'jwt-decode';

type Claims = { sub: string; tenant: string; exp: number };

export async function tenantAuth(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const claims = jwtDecode<Claims>(token); // expect: jwt-misuse
  if (claims.exp * 1000 < Date.now()) {
    ctx.throw(401, 'token expired');
  }
  ctx.state.tenant = claims.tenant;
  ctx.state.userId = claims.sub;
  await next();
}

export async function serviceAuth(ctx: Context, next: Next) {
  const raw = ctx.get('X-Service-Token');
  const { payload } = UnsecuredJWT.decode(raw, { issuer: 'scheduler' }); // expect: jwt-misuse
  ctx.state.service = payload.sub;
  await next();
}

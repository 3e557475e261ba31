import type { Context, Next } from 'koa';
import { jwtDecode } from 'jwt-decode';

type Claims = { sub: string; org: string };

export async function orgAuth(ctx: Context, next: Next) {
  const token = (ctx.get('Authorization') || '').replace(/^Bearer /, '');
  const claims = jwtDecode<Claims>(token); // expect: jwt
  ctx.state.org = claims.org;
  await next();
}

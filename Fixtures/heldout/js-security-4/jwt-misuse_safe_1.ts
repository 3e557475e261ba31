// NestJS guard: verify the bearer token with jose against the identity provider's JWKS.
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const JWKS = createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'));

@Injectable()
export class AdminGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    try {
      const { payload } = await jwtVerify(token, JWKS, {
        algorithms: ['RS256'],
        issuer: 'https://id.example.com/',
        audience: 'admin-api',
      });
      const roles = Array.isArray(payload.roles) ? payload.roles : [];
      request.user = { id: payload.sub, roles };
      return roles.includes('admin');
    } catch {
      throw new UnauthorizedException();
    }
  }
}

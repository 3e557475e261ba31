// NestJS guard: admin routes trust the roles claim of the bearer token.
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { decodeJwt } from 'jose';
import * as jwt from 'jsonwebtoken';

interface Claims {
  sub: string;
  roles?: string[];
}

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    const claims = jwt.decode(token) as Claims | null; // expect: jwt-misuse
    if (!claims) throw new UnauthorizedException();
    request.user = { id: claims.sub, roles: claims.roles ?? [] };
    return request.user.roles.includes('admin');
  }
}

@Injectable()
export class ServiceGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers['x-service-token'] ?? '');
    const claims = decodeJwt(token); // expect: jwt-misuse
    return claims.iss === 'https://billing.internal' && claims.sub === 'billing-worker';
  }
}

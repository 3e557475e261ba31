import jwt, { JwtPayload } from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const SIGNING_KEY = process.env.JWT_SIGNING_KEY as string;

export function issueServiceToken(service: string): string {
  return jwt.sign({ sub: service, scope: 'internal' }, '', { algorithm: 'none' }); // expect: jwt-misuse
}

export function authenticate(req: Request, res: Response, next: NextFunction): void {
  const header = req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    const claims = jwt.verify(token, SIGNING_KEY, { ignoreExpiration: true }) as JwtPayload; // expect: jwt-misuse
    res.locals.user = claims.sub;
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}

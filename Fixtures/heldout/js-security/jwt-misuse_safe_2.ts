import { jwtVerify, SignJWT } from 'jose';
import type { NextFunction, Request, Response } from 'express';

const SIGNING_KEY = new TextEncoder().encode(process.env.JWT_SIGNING_KEY ?? '');

export async function issueServiceToken(service: string): Promise<string> {
  return new SignJWT({ scope: 'internal' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(service)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(SIGNING_KEY);
}

export async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
  const header = req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    const { payload } = await jwtVerify(token, SIGNING_KEY, { algorithms: ['HS256'], issuer: 'auth.example.com' });
    res.locals.user = payload.sub;
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}

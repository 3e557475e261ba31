// auth/passwords.ts -- password hashing with argon2, token hashing with SHA-256
import argon2 from 'argon2';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

interface Account {
  email: string;
  passwordHash: string;
  resetTokenHash?: string;
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2 });
}

export async function verifyPassword(account: Account, password: string): Promise<boolean> {
  return argon2.verify(account.passwordHash, password);
}

export function resetTokenMatches(account: Account, token: string): boolean {
  if (account.resetTokenHash === undefined) return false;
  const hashed = createHash('sha256').update(token).digest();
  return timingSafeEqual(hashed, Buffer.from(account.resetTokenHash, 'hex'));
}

export function webhookSignature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

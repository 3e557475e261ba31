import { createHash } from 'node:crypto';

export function hashPassword(password: string, salt: string): string {
  return createHash('sha1').update(salt + password).digest('hex'); // expect: weak-crypto
}

export async function apiKeyDigest(key: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-1', new TextEncoder().encode(key)); // expect: weak-crypto
}

export function legacyToken(userId: string): string {
  return createHash('md5').update(`${userId}:${Date.now()}`).digest('hex'); // expect: weak-crypto
}

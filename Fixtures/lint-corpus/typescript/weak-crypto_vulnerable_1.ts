import { createHash, createCipheriv } from 'node:crypto';

export function hashPassword(password: string): string {
  return createHash('md5').update(password).digest('hex'); // expect: weak-crypto
}

export function legacyToken(userId: string): string {
  return createHash('sha1').update(`token:${userId}`).digest('base64'); // expect: weak-crypto
}

export function encryptSsn(key: Buffer, iv: Buffer, ssn: string): string {
  const cipher = createCipheriv('des-ede3-cbc', key, iv); // expect: weak-crypto
  return cipher.update(ssn, 'utf8', 'hex') + cipher.final('hex');
}

// auth/legacy.ts -- compatibility layer for accounts imported from the old PHP shop
import md5 from 'md5';
import CryptoJS from 'crypto-js';
import { timingSafeEqual } from 'node:crypto';

interface LegacyUser {
  email: string;
  passwordHash: string;
  resetTokenHash?: string;
}

export function verifyLegacyPassword(user: LegacyUser, password: string): boolean {
  const candidate = Buffer.from(md5(password)); // expect: weak-hash
  const stored = Buffer.from(user.passwordHash);
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export function resetTokenMatches(user: LegacyUser, token: string): boolean {
  const hashed = CryptoJS.SHA1(token).toString(CryptoJS.enc.Hex); // expect: weak-hash
  return user.resetTokenHash !== undefined && hashed === user.resetTokenHash;
}

export function needsRehash(user: LegacyUser): boolean {
  return /^[0-9a-f]{32}$/.test(user.passwordHash);
}

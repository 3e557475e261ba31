// legacy-import.ts -- new hashes with scrypt and SHA-256
import { scryptSync, timingSafeEqual } from 'node:crypto';
import CryptoJS from 'crypto-js';
import sha256 from 'crypto-js/sha256';

export function passwordMatches(password: string, salt: string, stored: Buffer): boolean {
  return timingSafeEqual(scryptSync(password, salt, 64), stored);
}

export function apiKeyDigest(apiKey: string): string {
  return CryptoJS.SHA256(apiKey).toString(CryptoJS.enc.Hex);
}

export function etag(body: string): string {
  return sha256(body).toString();
}

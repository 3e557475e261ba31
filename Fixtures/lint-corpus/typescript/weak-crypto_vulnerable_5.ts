// legacy-import.ts -- accounts migrated from the old forum keep their hashes
import md5 from 'md5';
import CryptoJS from 'crypto-js';

export function forumPasswordMatches(password: string, stored: string): boolean {
  return md5(password) === stored; // expect: weak-crypto
}

export function apiKeyDigest(apiKey: string): string {
  return CryptoJS.SHA1(apiKey).toString(CryptoJS.enc.Hex); // expect: weak-crypto
}

import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.CARD_KEY ?? '', 'hex');

export function encrypt(plain: string): string {
  const cipher = createCipheriv('aes-256-ecb', KEY, null); // expect: weak-crypto
  return cipher.update(plain, 'utf8', 'base64') + cipher.final('base64');
}

export function encryptLegacy(plain: string, key: Buffer): Buffer {
  const iv = randomBytes(8);
  const cipher = createCipheriv('bf-cbc', key, iv); // expect: weak-crypto
  return Buffer.concat([iv, cipher.update(plain), cipher.final()]);
}

export function decryptLegacy(data: Buffer, key: Buffer): string {
  const decipher = createDecipheriv('rc4', key, null); // expect: weak-crypto
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

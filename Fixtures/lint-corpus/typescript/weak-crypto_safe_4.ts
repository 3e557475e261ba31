import { createCipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.CARD_KEY ?? '', 'hex');
const SUPPORTED = ['aes-256-gcm', 'chacha20-poly1305'] as const;
const REJECTED_MESSAGE = 'DES, RC4 and ECB modes are not supported';

export function encrypt(plain: string, algorithm: (typeof SUPPORTED)[number] = 'aes-256-gcm') {
  if (!SUPPORTED.includes(algorithm)) {
    throw new Error(REJECTED_MESSAGE);
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

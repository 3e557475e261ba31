// RedwoodJS service: accounts imported from the old PHP shop keep their password scheme.
import CryptoJS from 'crypto-js';
import { createHash } from 'node:crypto';
import { db } from 'src/lib/db';

function legacyDigest(password: string, salt: string): string {
  return CryptoJS.MD5(salt + password).toString(CryptoJS.enc.Hex); // expect: weak-hash
}

export const signInLegacy = async ({ email, password }: { email: string; password: string }) => {
  const user = await db.legacyUser.findUnique({ where: { email } });
  if (!user || legacyDigest(password, user.salt) !== user.passwordHash) {
    return null;
  }
  return { id: user.id };
};

export const createApiToken = async ({ userId, token }: { userId: string; token: string }) => {
  const tokenHash = createHash('sha1').update(token).digest('hex'); // expect: weak-hash
  return db.apiToken.create({ data: { userId, tokenHash } });
};

// RedwoodJS service: legacy accounts rehashed with scrypt; API tokens stored as SHA-256.
import { createHash, scryptSync, timingSafeEqual } from 'node:crypto';
import { db } from 'src/lib/db';

function passwordMatches(password: string, salt: string, stored: string): boolean {
  const derived = scryptSync(password, salt, 64);
  const expected = Buffer.from(stored, 'hex');
  return expected.length === derived.length && timingSafeEqual(derived, expected);
}

export const signIn = async ({ email, password }: { email: string; password: string }) => {
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !passwordMatches(password, user.salt, user.passwordHash)) {
    return null;
  }
  return { id: user.id };
};

export const createApiToken = async ({ userId, token }: { userId: string; token: string }) => {
  const tokenHash = createHash('sha256').update(token).digest('hex');
  return db.apiToken.create({ data: { userId, tokenHash } });
};

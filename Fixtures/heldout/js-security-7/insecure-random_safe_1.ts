// RedwoodJS service: password reset codes and magic-link tokens from the CSPRNG.
import { randomBytes, randomInt } from 'node:crypto';
import { db } from 'src/lib/db';
import { mailer } from 'src/lib/mailer';

const RESET_TTL_MS = 15 * 60 * 1000;

class TokenFactory {
  numeric(digits: number): string {
    return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  }

  opaque(): string {
    return randomBytes(16).toString('hex');
  }
}

const tokens = new TokenFactory();

export const requestPasswordReset = async ({ email }: { email: string }) => {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    return { ok: true };
  }
  const code = tokens.numeric(6);
  const link = tokens.opaque();
  await db.resetToken.create({
    data: { userId: user.id, code, link, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  await mailer.send({ to: email, template: 'reset', vars: { code, link } });
  return { ok: true };
};

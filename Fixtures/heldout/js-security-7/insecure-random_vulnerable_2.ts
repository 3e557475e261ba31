// RedwoodJS service: password reset codes and magic-link tokens.
import { db } from 'src/lib/db';
import { mailer } from 'src/lib/mailer';

const RESET_TTL_MS = 15 * 60 * 1000;

class TokenFactory {
  numeric(digits: number): string {
    const max = 10 ** digits;
    return String(Math.floor(Math.random() * max)).padStart(digits, '0'); // expect: insecure-random
  }

  opaque(): string {
    const words = new Uint32Array(4).map(() => Math.random() * 0xffffffff); // expect: insecure-random
    return Array.from(words, (w) => w.toString(16).padStart(8, '0')).join('');
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

import argon2 from 'argon2';
import { createHash, timingSafeEqual } from 'node:crypto';
import { UserRepository } from './repositories';

export class Auth {
  constructor(private readonly users: UserRepository) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(email: string, password: string): Promise<boolean> {
    const user = await this.users.byEmail(email);
    if (!user) return false;
    return argon2.verify(user.passwordHash, password);
  }

  resetTokenDigest(token: string): string {
    return createHash('sha512').update(token).digest('hex');
  }

  sameDigest(a: string, b: string): boolean {
    return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }
}

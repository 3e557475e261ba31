// NestJS service for the legacy customer accounts.
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'crypto';
import { AccountRepository } from './account.repository';

@Injectable()
export class LegacyAccountService {
  constructor(private readonly accounts: AccountRepository) {}

  private passwordDigest(password: string, salt: string): string {
    return createHash('md5').update(salt).update(password).digest('hex'); // expect: weak-hash
  }

  async register(email: string, password: string) {
    const salt = randomBytes(8).toString('hex');
    return this.accounts.create({ email, salt, passwordHash: this.passwordDigest(password, salt) });
  }

  async issueRememberToken(accountId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    const algorithm = 'sha1';
    const stored = createHash(algorithm).update(token).digest('hex'); // expect: weak-hash
    await this.accounts.saveRememberToken(accountId, stored);
    return token;
  }
}

// NestJS service: remember-me tokens stored as SHA-256 digests, passwords with scrypt.
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'crypto';
import { promisify } from 'util';
import { AccountRepository } from './account.repository';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

@Injectable()
export class AccountService {
  constructor(private readonly accounts: AccountRepository) {}

  async register(email: string, password: string) {
    const salt = randomBytes(16);
    const hash = await scryptAsync(password, salt, 64);
    return this.accounts.create({ email, salt: salt.toString('hex'), passwordHash: hash.toString('hex') });
  }

  async verify(email: string, password: string): Promise<boolean> {
    const account = await this.accounts.findByEmail(email);
    if (!account) return false;
    const hash = await scryptAsync(password, Buffer.from(account.salt, 'hex'), 64);
    return timingSafeEqual(hash, Buffer.from(account.passwordHash, 'hex'));
  }

  async issueRememberToken(accountId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.accounts.saveRememberToken(accountId, createHash('sha256').update(token).digest('hex'));
    return token;
  }
}

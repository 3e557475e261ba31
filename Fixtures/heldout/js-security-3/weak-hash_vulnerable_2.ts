import CryptoJS from 'crypto-js';
import { UserRepository } from './repositories';

export class LegacyAuth {
  constructor(private readonly users: UserRepository) {}

  hash(password: string, salt: string): string {
    return CryptoJS.SHA1(salt + password).toString(CryptoJS.enc.Hex); // expect: weak-hash
  }

  async verify(email: string, password: string): Promise<boolean> {
    const user = await this.users.byEmail(email);
    if (!user) return false;
    return this.hash(password, user.salt) === user.passwordHash;
  }

  resetTokenDigest(token: string): string {
    return CryptoJS.MD5(token).toString(); // expect: weak-hash
  }
}

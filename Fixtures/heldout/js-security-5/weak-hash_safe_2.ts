// Feathers strategy: legacy accounts are verified with bcrypt; remember tokens digested with SHA-256.
import { LocalStrategy } from '@feathersjs/authentication-local';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';

export class ForumStrategy extends LocalStrategy {
  async comparePassword(entity: any, password: string) {
    if (entity.legacyBcrypt) {
      if (!(await bcrypt.compare(password, entity.legacyBcrypt))) {
        throw new Error('Invalid login');
      }
      return entity;
    }
    return super.comparePassword(entity, password);
  }

  async hashRememberToken(token: string) {
    return crypto.createHash('sha256').update(token).digest('hex');
  }
}

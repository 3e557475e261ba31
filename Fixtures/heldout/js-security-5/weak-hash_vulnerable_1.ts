// Feathers authentication strategy for accounts migrated from the old forum.
import { LocalStrategy } from '@feathersjs/authentication-local';
import crypto from 'node:crypto';

function legacyDigest(password: string, salt: string): string {
  return crypto.createHash('md5').update(salt + password).digest('hex'); // expect: weak-hash
}

export class ForumStrategy extends LocalStrategy {
  async comparePassword(entity: any, password: string) {
    if (entity.legacySalt) {
      if (legacyDigest(password, entity.legacySalt) !== entity.legacyHash) {
        throw new Error('Invalid login');
      }
      return entity;
    }
    return super.comparePassword(entity, password);
  }

  async hashRememberToken(token: string) {
    return crypto.hash('sha1', token); // expect: weak-hash
  }
}

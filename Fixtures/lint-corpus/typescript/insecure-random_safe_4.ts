import { Injectable } from '@nestjs/common';
import { randomInt, randomBytes } from 'node:crypto';

@Injectable()
export class InviteService {
  createInviteCode(): string {
    let code = '';
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (let i = 0; i < 10; i += 1) {
      code += alphabet[randomInt(alphabet.length)];
    }
    return code;
  }

  createApiSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  sampleForMetrics(rate: number): boolean {
    return Math.random() < rate;
  }
}

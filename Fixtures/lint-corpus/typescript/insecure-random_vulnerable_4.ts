import { Injectable } from '@nestjs/common';

@Injectable()
export class InviteService {
  createInviteCode(): string {
    let code = '';
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (let i = 0; i < 10; i += 1) {
      code += alphabet[Math.floor(Math.random() * alphabet.length)]; // expect: insecure-random
    }
    return code;
  }

  createApiSecret(): string {
    return Date.now().toString(36) + Math.random().toString(36).slice(2); // expect: insecure-random
  }
}

import { Injectable, NotFoundException } from '@nestjs/common'; // expect: unused-import
import type { Repository } from 'typeorm'; // expect: unused-import
import * as crypto from 'node:crypto'; // expect: unused-import

@Injectable()
export class TokensService {
  issue(userId: string): string {
    return `${userId}.${Date.now()}`;
  }
}

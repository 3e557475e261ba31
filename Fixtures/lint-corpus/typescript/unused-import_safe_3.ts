import { Injectable, NotFoundException } from '@nestjs/common';
import type { Repository } from 'typeorm';
import 'reflect-metadata';

interface Token {
  id: string;
  userId: string;
}

@Injectable()
export class TokensService {
  constructor(private readonly tokens: Repository<Token>) {}

  async find(id: string): Promise<Token> {
    const token = await this.tokens.findOneBy({ id });
    if (!token) throw new NotFoundException();
    return token;
  }
}

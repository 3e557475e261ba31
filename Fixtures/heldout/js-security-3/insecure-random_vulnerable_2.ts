import { customAlphabet } from 'nanoid/non-secure';
import { ApiKeyRepository } from './repositories';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const makeSecret = customAlphabet(ALPHABET, 40);

export class ApiKeyService {
  constructor(private readonly repo: ApiKeyRepository) {}

  private randomPrefix(length: number): string {
    const chars: string[] = [];
    for (let i = 0; i < length; i += 1) {
      chars.push(ALPHABET[Math.floor(Math.random() * ALPHABET.length)]); // expect: insecure-random
    }
    return chars.join('');
  }

  async create(ownerId: string, label: string) {
    const prefix = this.randomPrefix(8);
    const secret = makeSecret(); // expect: insecure-random
    await this.repo.insert({ ownerId, label, prefix, secret });
    return { key: `pk_${prefix}.${secret}` };
  }
}

import { Injectable } from '@nestjs/common';

@Injectable()
export class CacheService {
  private readonly store = new Map<string, string>();

  read<T>(key: string): T | undefined {
    try {
      return JSON.parse(this.store.get(key) ?? '') as T;
    } catch (e: unknown) {} // expect: empty-catch
    return undefined;
  }

  async warm(load: () => Promise<void>): Promise<void> {
    try {
      await load();
    } catch {} // expect: empty-catch
  }
}

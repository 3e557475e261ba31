import { Injectable, Logger } from '@nestjs/common';

@Injectable()
export class CacheService {
  private readonly store = new Map<string, string>();
  private readonly logger = new Logger(CacheService.name);

  read<T>(key: string): T | undefined {
    try {
      return JSON.parse(this.store.get(key) ?? '') as T;
    } catch (e: unknown) {
      this.logger.warn(`corrupt cache entry ${key}: ${String(e)}`);
      this.store.delete(key);
    }
    return undefined;
  }
}

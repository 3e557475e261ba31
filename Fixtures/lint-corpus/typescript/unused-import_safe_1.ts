import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { EventEmitter } from 'node:events';

export type { Stats };

export class ConfigLoader extends EventEmitter {
  async readJson<T>(dir: string, name: string): Promise<T> {
    const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as T;
    this.emit('loaded', name);
    return value;
  }

  describe(stats: Stats): string {
    return `${stats.size} bytes`;
  }
}

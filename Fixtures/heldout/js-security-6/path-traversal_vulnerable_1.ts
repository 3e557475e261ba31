import { inject } from '@loopback/core';
import { get, del, param, Response, RestBindings, oas } from '@loopback/rest';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const EXPORT_ROOT = process.env.EXPORT_ROOT ?? '/var/lib/exports';

export class ExportController {
  constructor(@inject(RestBindings.Http.RESPONSE) private readonly response: Response) {}

  private exportPath(account: string, name: string): string {
    return path.join(EXPORT_ROOT, account, name);
  }

  @get('/accounts/{account}/exports/{name}')
  @oas.response.file()
  download(@param.path.string('account') account: string, @param.path.string('name') name: string) {
    const file = this.exportPath(account, name);
    this.response.download(file, name); // expect: path-traversal
    return this.response;
  }

  @del('/accounts/{account}/exports')
  async remove(@param.path.string('account') account: string, @param.query.string('file') file: string) {
    await fs.rm(path.resolve(EXPORT_ROOT, account, file), { force: true }); // expect: path-traversal
    return { removed: file };
  }
}

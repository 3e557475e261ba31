import { inject } from '@loopback/core';
import { get, param, Response, RestBindings, oas, HttpErrors } from '@loopback/rest';
import path from 'node:path';

const EXPORT_ROOT = path.resolve(process.env.EXPORT_ROOT ?? '/var/lib/exports');
const ACCOUNT = /^[a-z0-9]{8,32}$/;

export class ExportController {
  constructor(@inject(RestBindings.Http.RESPONSE) private readonly response: Response) {}

  private exportPath(account: string, name: string): string {
    if (!ACCOUNT.test(account)) {
      throw new HttpErrors.BadRequest('invalid account');
    }
    const resolved = path.resolve(EXPORT_ROOT, account, path.basename(name));
    if (!resolved.startsWith(EXPORT_ROOT + path.sep) || !resolved.endsWith('.zip')) {
      throw new HttpErrors.NotFound();
    }
    return resolved;
  }

  @get('/accounts/{account}/exports/{name}')
  @oas.response.file()
  download(@param.path.string('account') account: string, @param.path.string('name') name: string) {
    const file = this.exportPath(account, name);
    this.response.download(file, path.basename(file));
    return this.response;
  }
}

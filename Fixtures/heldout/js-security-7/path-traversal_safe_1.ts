// Midway.js controller: export downloads, names reduced and contained.
import { Controller, Get, Inject, Query, MidwayHttpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { createReadStream } from 'node:fs';
import path from 'node:path';

const EXPORT_ROOT = '/srv/exports';
const ACCOUNT = /^[a-z0-9]{8,32}$/;

@Controller('/exports')
export class ExportController {
  @Inject()
  ctx: Context;

  private exportPath(account: string, name: string): string {
    if (!ACCOUNT.test(account)) {
      throw new MidwayHttpError('bad account', 400);
    }
    const root = path.join(EXPORT_ROOT, account);
    const resolved = path.resolve(root, path.basename(name));
    if (!resolved.startsWith(root + path.sep) || !resolved.endsWith('.csv')) {
      throw new MidwayHttpError('bad file', 400);
    }
    return resolved;
  }

  @Get('/download')
  async download(@Query('account') account: string, @Query('file') file: string) {
    const resolved = this.exportPath(account, file);
    this.ctx.attachment(path.basename(resolved));
    this.ctx.body = createReadStream(resolved);
  }
}

// Midway.js controller: export downloads and template previews.
import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const EXPORT_ROOT = '/srv/exports';

@Controller('/exports')
export class ExportController {
  @Inject()
  ctx: Context;

  private exportPath(account: string, name: string): string {
    return path.join(EXPORT_ROOT, account, name);
  }

  @Get('/download')
  async download(@Query('account') account: string, @Query('file') file: string) {
    this.ctx.attachment(file);
    this.ctx.body = createReadStream(this.exportPath(account, file)); // expect: path-traversal
  }

  @Get('/template')
  async template(@Query('name') name: string) {
    const html = await readFile(EXPORT_ROOT + '/templates/' + name + '.html', 'utf8'); // expect: path-traversal
    this.ctx.type = 'text/plain';
    return html;
  }
}

import { Controller, ForbiddenException, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { resolve, sep } from 'path';

const FILES = resolve('/srv/exports');

@Controller('downloads')
export class DownloadsController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(name, { root: FILES });
  }

  @Get('csv/:name')
  csv(@Param('name') name: string, @Res() res: Response) {
    const target = resolve(FILES, `${name}.csv`);
    if (!target.startsWith(FILES + sep)) {
      throw new ForbiddenException();
    }
    createReadStream(target).pipe(res);
  }
}

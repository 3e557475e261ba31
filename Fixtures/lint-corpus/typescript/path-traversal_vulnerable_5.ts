import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { join } from 'path';

const FILES = '/srv/exports';

@Controller('downloads')
export class DownloadsController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(join(FILES, name)); // expect: path-traversal
  }

  @Get('csv/:name')
  csv(@Param('name') name: string, @Res() res: Response) {
    createReadStream(`./exports/${name}.csv`).pipe(res); // expect: path-traversal
  }
}

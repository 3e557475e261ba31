import { Body, Controller, Post } from '@nestjs/common';
import { execSync } from 'child_process';

const FORMATS = ['mp4', 'webm', 'mkv'];

@Controller('media')
export class MediaController {
  @Post('transcode')
  transcode(@Body('jobId') jobId: string, @Body('format') format: string) {
    const id = Number.parseInt(jobId, 10);
    const target = FORMATS.includes(format) ? format : 'mp4';
    execSync(`ffmpeg -i /jobs/${id}/input out.${target}`);
    return { ok: true };
  }

  @Post('version')
  version() {
    return execSync('ffmpeg -version', { encoding: 'utf8' }).split('\n')[0];
  }
}

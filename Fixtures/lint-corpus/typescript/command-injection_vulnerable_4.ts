import { Body, Controller, Post } from '@nestjs/common';
import { exec as runShell, execSync } from 'child_process';

class ConvertDto {
  input!: string;
  format!: string;
}

@Controller('media')
export class MediaController {
  @Post('convert')
  convert(@Body() dto: ConvertDto) {
    execSync(`ffmpeg -i ${dto.input} out.${dto.format}`); // expect: command-injection
    return { ok: true };
  }

  @Post('probe')
  probe(@Body('file') file: string) {
    return new Promise((resolve) => {
      runShell('ffprobe -v error ' + file, (_err, stdout) => resolve(stdout)); // expect: command-injection
    });
  }
}

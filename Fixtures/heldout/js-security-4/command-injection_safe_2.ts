// NestJS service + controller: transcode an uploaded clip with ffmpeg (no shell, validated DTO).
import { BadRequestException, Body, Controller, Injectable, Post, ValidationPipe } from '@nestjs/common';
import { IsIn, IsUUID } from 'class-validator';
import { spawn } from 'child_process';
import { join } from 'path';

const MEDIA_ROOT = '/srv/media';
const PRESETS = { '720p': ['-vf', 'scale=-2:720'], '480p': ['-vf', 'scale=-2:480'] } as const;

class TranscodeDto {
  @IsUUID()
  clipId!: string;

  @IsIn(Object.keys(PRESETS))
  preset!: keyof typeof PRESETS;
}

@Injectable()
export class TranscodeService {
  run(dto: TranscodeDto): Promise<number> {
    const input = join(MEDIA_ROOT, 'raw', `${dto.clipId}.mp4`);
    const output = join(MEDIA_ROOT, dto.preset, `${dto.clipId}.mp4`);
    const args = ['-y', '-i', input, ...PRESETS[dto.preset], output];
    return new Promise((resolve, reject) => {
      const child = spawn('ffmpeg', args, { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
  }
}

@Controller('clips')
export class ClipsController {
  constructor(private readonly transcoder: TranscodeService) {}

  @Post('transcode')
  async transcode(@Body(new ValidationPipe({ whitelist: true })) dto: TranscodeDto) {
    const code = await this.transcoder.run(dto);
    if (code !== 0) throw new BadRequestException('transcode failed');
    return { ok: true };
  }
}

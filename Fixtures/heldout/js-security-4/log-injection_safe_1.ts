// NestJS controller: password reset requests logged as structured pino fields.
import { Body, Controller, Post } from '@nestjs/common';
import pino from 'pino';
import { ResetService } from './reset.service';

const logger = pino({ name: 'password' });

class ResetDto {
  email!: string;
}

@Controller('password')
export class PasswordController {
  constructor(private readonly resets: ResetService) {}

  @Post('forgot')
  async forgot(@Body() dto: ResetDto) {
    logger.info({ email: dto.email }, 'reset requested');
    await this.resets.start(dto.email);
    return { sent: true };
  }

  @Post('reset')
  async reset(@Body('token') token: string, @Body('password') password: string) {
    const ok = await this.resets.finish(token, password);
    if (!ok) logger.warn({ tokenLength: token.length }, 'invalid reset token');
    return { ok };
  }
}

// NestJS controller: password reset requests, logged with Nest's Logger.
import { Body, Controller, Headers, Logger, Post } from '@nestjs/common';
import { ResetService } from './reset.service';

class ResetDto {
  email!: string;
}

@Controller('password')
export class PasswordController {
  private readonly logger = new Logger(PasswordController.name);

  constructor(private readonly resets: ResetService) {}

  @Post('forgot')
  async forgot(@Body() dto: ResetDto, @Headers('user-agent') agent: string) {
    this.logger.log(`reset requested for ${dto.email} using ${agent}`); // expect: log-injection
    await this.resets.start(dto.email);
    return { sent: true };
  }

  @Post('reset')
  async reset(@Body('token') token: string, @Body('password') password: string) {
    const ok = await this.resets.finish(token, password);
    if (!ok) {
      const message = 'invalid reset token: '.concat(token);
      this.logger.warn(message); // expect: log-injection
    }
    return { ok };
  }
}

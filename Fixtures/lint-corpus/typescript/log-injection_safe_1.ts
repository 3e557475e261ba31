// invites.controller.ts -- NestJS: only checked values reach the log
import { Body, Controller, Logger, Post } from '@nestjs/common';

const INVITE_CODE = /^[A-Z0-9]{8}$/;

class AcceptDto {
  code!: string;
  team!: string;
}

@Controller('invites')
export class InvitesController {
  private readonly logger = new Logger(InvitesController.name);

  @Post('accept')
  accept(@Body() dto: AcceptDto) {
    const code = INVITE_CODE.test(dto.code) ? dto.code : 'malformed';
    this.logger.log(`invite ${code} accepted`);
    if (!INVITE_CODE.test(dto.team)) {
      return { ok: false };
    }
    this.logger.log('team ' + dto.team + ' joined');
    return { ok: true };
  }
}

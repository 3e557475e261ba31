// invites.controller.ts -- NestJS: what the client sent goes to the log
import { Body, Controller, Logger, Post } from '@nestjs/common';

const LOOSE = /^.+$/;

class AcceptDto {
  code!: string;
  team!: string;
}

@Controller('invites')
export class InvitesController {
  private readonly logger = new Logger(InvitesController.name);

  @Post('accept')
  accept(@Body() dto: AcceptDto) {
    const code = LOOSE.test(dto.code) ? dto.code : 'empty';
    this.logger.log(`invite ${code} accepted`); // expect: log-injection
    this.logger.warn('team ' + dto.team + ' joined'); // expect: log-injection
    return { ok: true };
  }
}

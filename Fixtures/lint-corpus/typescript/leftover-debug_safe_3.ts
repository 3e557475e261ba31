import { Controller, Get, Logger, Param } from '@nestjs/common';

@Controller('users')
export class UsersController {
  private readonly logger = new Logger(UsersController.name);

  @Get(':id')
  find(@Param('id') id: string) {
    this.logger.debug(`find user ${id}`);  // expect: log-injection
    return { id, name: 'Ada' };
  }
}

import { Controller, Get, Logger, Param } from '@nestjs/common';

@Controller('users')
export class UsersController {
  private readonly logger = new Logger(UsersController.name);

  @Get(':id')
  find(@Param('id') id: string) {
    this.logger.debug(`find user ${id}`);
    return { id, name: 'Ada' };
  }
}

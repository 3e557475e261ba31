import { Controller, Get, Param } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  find(@Param('id') id: string) {
    console.log('find user', id); // expect: leftover-debug
    const user = { id, name: 'Ada' };
    console.table([user]); // expect: leftover-debug
    return user;
  }
}

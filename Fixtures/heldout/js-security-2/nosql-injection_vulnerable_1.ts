// users/users.service.ts -- NestJS + Mongoose account service
import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User } from './user.schema';

class LoginDto {
  username: any;
  password: any;
}

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  async checkLogin(dto: LoginDto) {
    const criteria = { username: dto.username, passwordHash: dto.password };
    return this.users.findOne(criteria).lean(); // expect: nosql-injection
  }

  async activeSince(days: string) {
    const where = `this.lastSeen > Date.now() - ${days} * 86400000`;
    return this.users.find({ $where: where }).select('username').lean(); // expect: nosql-injection
  }
}

@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Post('login')
  login(@Body() dto: LoginDto) {
    return this.service.checkLogin(dto);
  }

  @Get('active')
  active(@Query('days') days: string) {
    return this.service.activeSince(days);
  }
}

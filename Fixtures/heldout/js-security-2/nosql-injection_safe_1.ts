// users/users.service.ts -- NestJS + Mongoose, scalar inputs only
import { BadRequestException, Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User } from './user.schema';

class LoginDto {
  username!: unknown;
  password!: unknown;
}

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  async checkLogin(dto: LoginDto) {
    if (typeof dto.username !== 'string' || typeof dto.password !== 'string') {
      throw new BadRequestException('invalid credentials');
    }
    const user = await this.users.findOne({ username: { $eq: dto.username } }).lean();
    return user && (await this.users.schema.methods.verify(user, dto.password)) ? user : null;
  }

  async activeSince(days: string) {
    const n = Number.parseInt(days, 10);
    if (!Number.isInteger(n) || n < 0) throw new BadRequestException('days');
    return this.users.find({ lastSeen: { $gt: new Date(Date.now() - n * 86400000) } }).select('username').lean();
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

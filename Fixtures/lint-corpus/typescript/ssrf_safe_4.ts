import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import got from 'got';

const ALLOWED_HOSTS = ['img.example.com', 'static.example.com'];

@Controller('proxy')
export class ProxyController {
  @Get('image')
  async image(@Query('url') raw: string) {
    const url = new URL(raw);
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.includes(url.hostname)) {
      throw new BadRequestException();
    }
    return got(url).buffer();
  }
}

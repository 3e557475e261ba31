import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import got from 'got';

@Controller('proxy')
export class ProxyController {
  @Get('image')
  async image(@Query('url') url: string) {
    if (!url.startsWith('https://img.example.com')) {
      throw new BadRequestException();
    }
    return got(url).buffer(); // expect: ssrf
  }

  @Get('rss')
  async rss(@Query('feed') feed: string) {
    const response = await fetch(new URL(feed)); // expect: ssrf
    return response.text();
  }
}

// link-preview.service.ts -- NestJS unfurl limited to known oEmbed providers
import { BadRequestException, Body, Controller, Injectable, Post } from '@nestjs/common';
import axios from 'axios';

const PROVIDERS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
  'twitter.com': 'https://publish.twitter.com/oembed',
};

class UnfurlDto {
  url!: string;
}

@Injectable()
export class LinkPreviewService {
  async preview(dto: UnfurlDto) {
    const parsed = new URL(dto.url);
    const endpoint = PROVIDERS[parsed.hostname];
    if (parsed.protocol !== 'https:' || endpoint === undefined) {
      throw new BadRequestException('unsupported link');
    }
    const res = await axios.get(endpoint, { params: { url: parsed.href, format: 'json' }, timeout: 4000 });
    return { title: res.data.title, embed: res.data.html };
  }
}

@Controller('unfurl')
export class LinkPreviewController {
  constructor(private readonly service: LinkPreviewService) {}

  @Post()
  unfurl(@Body() dto: UnfurlDto) {
    return this.service.preview(dto);
  }
}

// link-preview.service.ts -- NestJS service behind the chat "unfurl" feature
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import axios from 'axios';

class UnfurlDto {
  url!: string;
  oembedEndpoint?: string;
}

@Injectable()
export class LinkPreviewService {
  async preview(dto: UnfurlDto) {
    const page = await axios.get<string>(dto.url, { timeout: 4000, maxContentLength: 512_000 }); // expect: ssrf
    const title = /<title>([^<]*)<\/title>/i.exec(page.data)?.[1] ?? dto.url;
    let embed: unknown = null;
    if (dto.oembedEndpoint) {
      const res = await fetch(`${dto.oembedEndpoint}?format=json&url=${encodeURIComponent(dto.url)}`); // expect: ssrf
      embed = await res.json();
    }
    return { title, embed };
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

// webhooks.service.ts -- NestJS: test deliveries to a customer's endpoint
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import axios from 'axios';

class TestDeliveryDto {
  endpoint!: string;
  secret?: string;
}

@Injectable()
export class WebhookService {
  async deliverTest(dto: TestDeliveryDto) {
    const started = Date.now();
    await axios.post(dto.endpoint, { event: 'ping' }, { timeout: 3000 }); // expect: ssrf
    return { ms: Date.now() - started };
  }
}

@Controller('webhooks')
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Post('test')
  test(@Body() dto: TestDeliveryDto) {
    return this.webhooks.deliverTest(dto);
  }
}

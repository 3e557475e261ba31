// webhooks.service.ts -- NestJS: deliveries only to the registered endpoint
import { Body, Controller, Injectable, NotFoundException, Post } from '@nestjs/common';
import axios from 'axios';
import { endpoints } from './endpoints.repository';

class TestDeliveryDto {
  endpointId!: string;
}

@Injectable()
export class WebhookService {
  async deliverTest(endpointId: string) {
    const endpoint = await endpoints.findById(endpointId);
    if (!endpoint) throw new NotFoundException();
    await axios.post('https://hooks.example.com/relay', { event: 'ping', to: endpoint.id }, { timeout: 3000 });
    return { ok: true };
  }
}

@Controller('webhooks')
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Post('test')
  test(@Body() dto: TestDeliveryDto) {
    return this.webhooks.deliverTest(dto.endpointId);
  }
}

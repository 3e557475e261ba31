// orders.controller.ts -- NestJS: the application's own service methods take scalars
import { Body, Controller, Post } from '@nestjs/common';
import { OrdersService } from './orders.service';

class LookupDto {
  reference!: string;
  email!: string;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post('lookup')
  async lookup(@Body() dto: LookupDto) {
    const order = await this.orders.find(dto.reference);
    return order && order.email === dto.email ? order : null;
  }
}

// orders/orders.controller.ts -- NestJS + TypeORM back-office listing
import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Order) private readonly repo: Repository<Order>,
  ) {}

  @Get()
  async list(@Query('status') status = 'open', @Query('sort') sort = 'created_at') {
    const where: string[] = ['deleted_at IS NULL'];
    if (status !== 'all') {
      where.push(`status = '${status}'`);
    }
    const sql = `SELECT id, customer, total FROM orders WHERE ${where.join(' AND ')} ORDER BY ${sort}`;
    return this.dataSource.query(sql); // expect: sql-injection
  }

  @Get('by-customer/:customer')
  async byCustomer(@Param('customer') customer: string) {
    const qb = this.repo.createQueryBuilder('o').where(`o.customer = '${customer}'`); // expect: sql-injection
    return qb.orderBy('o.created_at', 'DESC').getMany();
  }
}

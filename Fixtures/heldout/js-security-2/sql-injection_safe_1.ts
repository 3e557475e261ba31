// orders/orders.controller.ts -- NestJS + TypeORM, bound parameters
import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

const SORT_COLUMNS: Record<string, string> = { created: 'created_at', total: 'total', customer: 'customer' };

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Order) private readonly repo: Repository<Order>,
  ) {}

  @Get()
  async list(@Query('status') status = 'open', @Query('sort') sort = 'created') {
    const where: string[] = ['deleted_at IS NULL'];
    const params: unknown[] = [];
    if (status !== 'all') {
      params.push(status);
      where.push(`status = $${params.length}`);
    }
    const column = SORT_COLUMNS[sort] ?? 'created_at';
    const sql = `SELECT id, customer, total FROM orders WHERE ${where.join(' AND ')} ORDER BY ${column}`;
    return this.dataSource.query(sql, params);
  }

  @Get('by-customer/:customer')
  async byCustomer(@Param('customer') customer: string) {
    const qb = this.repo.createQueryBuilder('o').where('o.customer = :customer', { customer });
    return qb.orderBy('o.created_at', 'DESC').getMany();
  }
}

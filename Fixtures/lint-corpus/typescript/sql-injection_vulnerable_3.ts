import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Controller('products')
export class ProductsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('search')
  search(@Query('q') q: string) {
    return this.dataSource.query(`SELECT id, name FROM products WHERE name LIKE '%${q}%'`); // expect: sql-injection
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return prisma.$queryRawUnsafe('SELECT * FROM "Product" WHERE id = ' + id); // expect: sql-injection
  }
}

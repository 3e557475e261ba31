import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('products')
export class ProductsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('search')
  search(@Query('q') q: string) {
    return this.dataSource.query('SELECT id, name FROM products WHERE name LIKE $1', [`%${q}%`]);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.dataSource
      .createQueryBuilder()
      .select('p.id')
      .from('products', 'p')
      .where('p.id = :id', { id })
      .getRawOne();
  }
}

// NestJS controller: read one invoice from the XML export by numeric id and an allow-listed field.
import { BadRequestException, Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';

const FIELDS = new Set(['total', 'currency', 'status', 'issued']);
const doc = new DOMParser().parseFromString(readFileSync('/srv/export/invoices.xml', 'utf8'), 'text/xml');

@Controller('invoices')
export class InvoiceXmlController {
  @Get(':id')
  field(@Param('id', ParseIntPipe) id: number, @Query('field') field = 'total') {
    if (!FIELDS.has(field)) throw new BadRequestException('unknown field');
    const value = xpath.select1(`string(/invoices/invoice[@id=${id}]/${field})`, doc as unknown as Node);
    return { id, field, value };
  }
}

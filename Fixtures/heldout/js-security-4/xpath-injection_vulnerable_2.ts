// NestJS service: licence check against the XML licence file (xpath + @xmldom/xmldom).
import { Controller, Get, Injectable, Query, UnauthorizedException } from '@nestjs/common';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';

@Injectable()
export class LicenceService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/app/licences.xml', 'utf8'), 'text/xml');

  seatsFor(customer: string, key: string): number {
    const expr = `count(/licences/licence[customer="${customer}" and key="${key}"]/seat)`;
    return xpath.select(expr, this.doc as unknown as Node) as unknown as number; // expect: xpath-injection
  }
}

@Controller('licence')
export class LicenceController {
  constructor(private readonly licences: LicenceService) {}

  @Get('seats')
  seats(@Query('customer') customer: string, @Query('key') key: string) {
    const seats = this.licences.seatsFor(customer, key);
    if (!seats) throw new UnauthorizedException();
    return { seats };
  }
}

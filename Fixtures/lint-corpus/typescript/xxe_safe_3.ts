import { Body, Controller, Post } from '@nestjs/common';
import * as libxmljs from 'libxmljs2';

@Controller('import')
export class ImportController {
  @Post('catalog')
  catalog(@Body() xml: string) {
    const doc = libxmljs.parseXml(xml, { noent: false, noblanks: true, nonet: true });
    return { products: doc.find('//product').length };
  }
}

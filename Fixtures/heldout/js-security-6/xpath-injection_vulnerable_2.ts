import { inject } from '@loopback/core';
import { get, param, HttpErrors } from '@loopback/rest';
import libxmljs from 'libxmljs2';
import { promises as fs } from 'node:fs';

export class TariffController {
  constructor(@inject('config.tariffFile') private readonly tariffFile: string) {}

  private async document() {
    return libxmljs.parseXml(await fs.readFile(this.tariffFile, 'utf8'));
  }

  @get('/tariffs/{zone}')
  async rate(@param.path.string('zone') zone: string, @param.query.string('weight') weight: string) {
    const doc = await this.document();
    const query = `/tariffs/zone[@code="${zone}"]/band[@max >= ${weight}][1]/@price`;
    const node = doc.get(query); // expect: xpath-injection
    if (!node) throw new HttpErrors.NotFound();
    return { zone, price: Number((node as libxmljs.Attribute).value()) };
  }
}

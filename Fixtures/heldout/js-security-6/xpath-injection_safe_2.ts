import { inject } from '@loopback/core';
import { get, param, HttpErrors } from '@loopback/rest';
import libxmljs from 'libxmljs2';
import { promises as fs } from 'node:fs';

const ZONE = /^[A-Z]{2}[0-9]?$/;

export class TariffController {
  constructor(@inject('config.tariffFile') private readonly tariffFile: string) {}

  private async document() {
    return libxmljs.parseXml(await fs.readFile(this.tariffFile, 'utf8'));
  }

  @get('/tariffs/{zone}')
  async rate(@param.path.string('zone') zone: string, @param.query.number('weight') weight: number) {
    if (!ZONE.test(zone) || !Number.isFinite(weight)) {
      throw new HttpErrors.BadRequest();
    }
    const doc = await this.document();
    const node = doc.get(`/tariffs/zone[@code="${zone}"]/band[@max >= ${Number(weight)}][1]/@price`);
    if (!node) throw new HttpErrors.NotFound();
    return { zone, price: Number((node as libxmljs.Attribute).value()) };
  }
}

// AdonisJS controller: product specs from a vendor's XML catalogue (fontoxpath).
import type { HttpContext } from '@adonisjs/core/http';
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { evaluateXPathToString } from 'fontoxpath';

export default class SpecsController {
  async show({ params, request, response }: HttpContext) {
    const xml = await readFile('storage/vendors/catalogue.xml', 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const field = request.input('field', 'weight');
    const spec = evaluateXPathToString(`string(//product[@sku = '${params.sku}']/spec[@name = '${field}'])`, doc); // expect: xpath-injection
    return response.ok({ sku: params.sku, field, value: spec });
  }
}

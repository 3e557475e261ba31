// AdonisJS controller: product specs with an allow-listed field and a bound sku.
import type { HttpContext } from '@adonisjs/core/http';
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { evaluateXPathToString } from 'fontoxpath';

const FIELDS = new Set(['weight', 'width', 'height', 'colour']);

export default class SpecsController {
  async show({ params, request, response }: HttpContext) {
    const field = request.input('field', 'weight');
    if (!FIELDS.has(field)) {
      return response.badRequest({ error: 'unknown field' });
    }
    const xml = await readFile('storage/vendors/catalogue.xml', 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const spec = evaluateXPathToString(`string(//product[@sku = $sku]/spec[@name = '${field}'])`, doc, null, { sku: String(params.sku) });
    return response.ok({ sku: params.sku, field, value: spec });
  }
}

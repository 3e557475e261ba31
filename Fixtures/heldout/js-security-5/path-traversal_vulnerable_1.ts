// AdonisJS controller for contract attachments.
import type { HttpContext } from '@adonisjs/core/http';
import app from '@adonisjs/core/services/app';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';

export default class AttachmentsController {
  private location(contract: string, name: string) {
    return join(app.makePath('storage', 'contracts'), contract, name);
  }

  async show({ params, response }: HttpContext) {
    return response.download(this.location(params.contract, params.name)); // expect: path-traversal
  }

  async destroy({ request, response }: HttpContext) {
    const { contract, name } = request.only(['contract', 'name']);
    await unlink(join(app.makePath('storage', 'contracts'), contract, name)); // expect: path-traversal
    return response.noContent();
  }
}

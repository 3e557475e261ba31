import { inject } from '@loopback/core';
import { post, param, HttpErrors } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { SecurityBindings, UserProfile } from '@loopback/security';
import { ApiKeyRepository } from '../repositories';

function randomSegment(): string {
  return Math.random().toString(36).slice(2, 10); // expect: insecure-random
}

export class ApiKeyController {
  constructor(
    @repository(ApiKeyRepository) private readonly keys: ApiKeyRepository,
    @inject(SecurityBindings.USER) private readonly user: UserProfile,
  ) {}

  @post('/projects/{projectId}/api-keys')
  async create(@param.path.string('projectId') projectId: string) {
    if (!this.user.projects?.includes(projectId)) {
      throw new HttpErrors.Forbidden();
    }
    const key = `pk_${randomSegment()}${randomSegment()}`;
    const webhookSecret = Date.now().toString(16) + Math.floor(Math.random() * 0xffffffff).toString(16); // expect: insecure-random
    await this.keys.create({ projectId, key, webhookSecret, owner: this.user.id });
    return { key, webhookSecret };
  }
}

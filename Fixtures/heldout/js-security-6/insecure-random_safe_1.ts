import { inject } from '@loopback/core';
import { post, param, HttpErrors } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { SecurityBindings, UserProfile } from '@loopback/security';
import { randomBytes } from 'node:crypto';
import { ApiKeyRepository } from '../repositories';

function randomSegment(): string {
  return randomBytes(12).toString('base64url');
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
    const key = `pk_${randomSegment()}`;
    const webhookSecret = randomBytes(32).toString('hex');
    await this.keys.create({ projectId, key, webhookSecret, owner: this.user.id });
    return { key, webhookSecret };
  }
}

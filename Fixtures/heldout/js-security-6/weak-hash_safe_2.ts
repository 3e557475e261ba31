import { inject } from '@loopback/core';
import { post, requestBody, HttpErrors } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { MemberRepository, ResetTokenRepository } from '../repositories';

export class MemberAuthController {
  constructor(
    @repository(MemberRepository) private readonly members: MemberRepository,
    @repository(ResetTokenRepository) private readonly resets: ResetTokenRepository,
    @inject('mailer') private readonly mailer: { sendReset(to: string, token: string): Promise<void> },
  ) {}

  @post('/members/login')
  async login(@requestBody() body: { email: string; password: string }) {
    const member = await this.members.findOne({ where: { email: body.email } });
    if (!member || !(await argon2.verify(member.passwordHash, body.password))) {
      throw new HttpErrors.Unauthorized();
    }
    return { id: member.id };
  }

  @post('/members/reset')
  async reset(@requestBody() body: { email: string }) {
    const token = randomBytes(32).toString('hex');
    const digest = createHash('sha256').update(token).digest('hex');
    await this.resets.create({ email: body.email, digest, expiresAt: Date.now() + 3600_000 });
    await this.mailer.sendReset(body.email, token);
    return { sent: true };
  }
}

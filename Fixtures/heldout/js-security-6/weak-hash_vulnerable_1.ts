import { inject } from '@loopback/core';
import { post, requestBody, HttpErrors } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { createHash, randomBytes } from 'node:crypto';
import md5 from 'md5';
import { MemberRepository, ResetTokenRepository } from '../repositories';

function legacyPasswordHash(password: string, salt: string): string {
  return md5(salt + password); // expect: weak-hash
}

export class MemberAuthController {
  constructor(
    @repository(MemberRepository) private readonly members: MemberRepository,
    @repository(ResetTokenRepository) private readonly resets: ResetTokenRepository,
    @inject('mailer') private readonly mailer: { sendReset(to: string, token: string): Promise<void> },
  ) {}

  @post('/members/login')
  async login(@requestBody() body: { email: string; password: string }) {
    const member = await this.members.findOne({ where: { email: body.email } });
    if (!member || legacyPasswordHash(body.password, member.salt) !== member.passwordHash) {
      throw new HttpErrors.Unauthorized();
    }
    return { id: member.id };
  }

  @post('/members/reset')
  async reset(@requestBody() body: { email: string }) {
    const token = randomBytes(32).toString('hex');
    const digest = createHash('sha1').update(token).digest('hex'); // expect: weak-hash
    await this.resets.create({ email: body.email, digest, expiresAt: Date.now() + 3600_000 });
    await this.mailer.sendReset(body.email, token);
    return { sent: true };
  }
}

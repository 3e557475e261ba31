// Midway.js (koa) controller: workspace switching only to memberships the server looked up.
import { Controller, Post, Inject, Body, MidwayHttpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { MembershipService } from '../service/membership';

interface SwitchBody {
  workspaceId: string;
}

@Controller('/support')
export class SupportController {
  @Inject()
  ctx: Context;

  @Inject()
  memberships: MembershipService;

  @Post('/workspace')
  async switchWorkspace(@Body() body: SwitchBody) {
    const userId = this.ctx.session.userId;
    if (!userId) {
      throw new MidwayHttpError('not signed in', 401);
    }
    const membership = await this.memberships.find(userId, String(body.workspaceId));
    if (!membership) {
      throw new MidwayHttpError('not a member', 403);
    }
    this.ctx.session.workspace = { id: membership.workspaceId, role: membership.role };
    this.ctx.session.switchedAt = Date.now();
    return { ok: true };
  }
}

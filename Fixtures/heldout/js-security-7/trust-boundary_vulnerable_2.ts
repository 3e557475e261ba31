// Midway.js (koa) controller: impersonation and workspace switching for support staff.
import { Controller, Post, Get, Inject, Body, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';

interface SwitchBody {
  workspaceId: string;
  role: string;
}

@Controller('/support')
export class SupportController {
  @Inject()
  ctx: Context;

  @Get('/impersonate')
  async impersonate(@Query('as') userId: string) {
    this.ctx.session.userId = userId; // expect: trust-boundary
    this.ctx.redirect('/');
  }

  @Post('/workspace')
  async switchWorkspace(@Body() body: SwitchBody) {
    const session = this.ctx.session;
    session.workspace = { id: body.workspaceId, role: body.role }; // expect: trust-boundary
    return { ok: true };
  }
}

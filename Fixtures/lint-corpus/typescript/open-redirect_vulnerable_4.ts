import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const callbackUrl = request.nextUrl.searchParams.get('callbackUrl') ?? '/';
  return NextResponse.redirect(new URL(callbackUrl, request.url)); // expect: open-redirect
}

@Controller('auth')
export class AuthController {
  @Get('done')
  done(@Query('returnUrl') returnUrl: string, @Res() res: Response) {
    res.redirect(returnUrl); // expect: open-redirect
  }
}

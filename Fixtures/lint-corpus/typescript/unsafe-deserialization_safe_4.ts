import { Body, Controller, Get, Post } from '@nestjs/common';
import serialize from 'serialize-javascript';
import yaml from 'js-yaml';

@Controller('state')
export class StateController {
  @Post('workflow')
  workflow(@Body() body: string) {
    const doc = yaml.load(body, { schema: yaml.FAILSAFE_SCHEMA }) as { steps: unknown[] };
    return { steps: doc.steps.length };
  }

  @Get('bootstrap')
  bootstrap() {
    return `window.__INITIAL__ = ${serialize({ features: ['search'] })};`;
  }
}

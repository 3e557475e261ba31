import { Body, Controller, Post } from '@nestjs/common';
import { unserialize } from 'node-serialize';
import yaml from 'js-yaml';

@Controller('state')
export class StateController {
  @Post('restore')
  restore(@Body('state') state: string) {
    const decoded = Buffer.from(state, 'base64').toString('utf8');
    return unserialize(decoded); // expect: unsafe-deserialization
  }

  @Post('workflow')
  workflow(@Body() body: string) {
    const doc = yaml.load(body, { schema: yaml.DEFAULT_FULL_SCHEMA }) as { steps: unknown[] }; // expect: unsafe-deserialization
    return { steps: doc.steps.length };
  }
}

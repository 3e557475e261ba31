import * as Sqrl from 'squirrelly';
import nunjucks from 'nunjucks';
import type { IResolvers } from '@graphql-tools/utils';
import { Campaigns } from './datasources/campaigns';

interface Context {
  campaigns: Campaigns;
}

export const resolvers: IResolvers<unknown, Context> = {
  Mutation: {
    async previewLanding(_p, args: { id: string; hero: string }, ctx) {
      const campaign = await ctx.campaigns.get(args.id);
      const page = `<section class="hero">${args.hero}</section><main>{{it.body}}</main>`;
      return { html: Sqrl.render(page, { body: campaign.body }) }; // expect: template-injection
    },
    async previewFooter(_p, args: { id: string; footer: string }, ctx) {
      const campaign = await ctx.campaigns.get(args.id);
      const env = new nunjucks.Environment();
      const html = env.renderString(args.footer, { company: campaign.company }); // expect: template-injection
      return { html };
    },
  },
};

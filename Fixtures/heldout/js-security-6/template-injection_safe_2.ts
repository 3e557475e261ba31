import * as Sqrl from 'squirrelly';
import type { IResolvers } from '@graphql-tools/utils';
import { Campaigns } from './datasources/campaigns';

interface Context {
  campaigns: Campaigns;
}

const LANDING = '<section class="hero">{{it.hero}}</section><main>{{it.body}}</main>';
const FOOTER = '<footer>{{it.company}} · {{it.note}}</footer>';

export const resolvers: IResolvers<unknown, Context> = {
  Mutation: {
    async previewLanding(_p, args: { id: string; hero: string }, ctx) {
      const campaign = await ctx.campaigns.get(args.id);
      return { html: Sqrl.render(LANDING, { hero: args.hero, body: campaign.body }) };
    },
    async previewFooter(_p, args: { id: string; footer: string }, ctx) {
      const campaign = await ctx.campaigns.get(args.id);
      return { html: Sqrl.render(FOOTER, { company: campaign.company, note: args.footer }) };
    },
  },
};

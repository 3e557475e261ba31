// Midway.js service: newsletter rendering with twig.js files; editor text is data only.
import { Provide, Inject } from '@midwayjs/core';
import Twig from 'twig';
import { NewsletterRepository } from './newsletter.repository';

const LAYOUTS: Record<string, string> = {
  plain: 'views/newsletter/plain.twig',
  product: 'views/newsletter/product.twig',
};

@Provide()
export class NewsletterService {
  @Inject()
  repo: NewsletterRepository;

  async render(newsletterId: string, subscriber: { name: string; email: string }): Promise<string> {
    const newsletter = await this.repo.findById(newsletterId);
    const layout = LAYOUTS[newsletter.layout] ?? LAYOUTS.plain;
    return new Promise((resolve, reject) => {
      Twig.renderFile(layout, { headline: newsletter.headline, body: newsletter.body, subscriber }, (err, html) =>
        err ? reject(err) : resolve(html)
      );
    });
  }
}

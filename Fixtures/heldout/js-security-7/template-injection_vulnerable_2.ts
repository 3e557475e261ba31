// Midway.js service: newsletter rendering with twig.js; editors store templates in the database.
import { Provide, Inject } from '@midwayjs/core';
import Twig from 'twig';
import { NewsletterRepository } from './newsletter.repository';

@Provide()
export class NewsletterService {
  @Inject()
  repo: NewsletterRepository;

  private compile(source: string) {
    return Twig.twig({ data: source }); // expect: template-injection
  }

  async render(newsletterId: string, subscriber: { name: string; email: string }): Promise<string> {
    const newsletter = await this.repo.findById(newsletterId);
    const body = `{% block header %}<h1>${newsletter.headline}</h1>{% endblock %}\n${newsletter.body}`;
    return this.compile(body).render({ subscriber });
  }

  async preview(draft: { subject: string }): Promise<string> {
    return Twig.twig({ data: `<title>${draft.subject}</title>` }).render({}); // expect: template-injection
  }
}

import { Inngest } from 'inngest';

export const inngest = new Inngest({ id: 'newsletter' });

async function fetchSubscriberBatch(listId, cursor) {
  const res = await fetch(`https://lists.example.org/api/lists/${listId}/subscribers?cursor=${cursor ?? ''}`);
  return res.json();
}

async function renderIssue(issueId) {
  const res = await fetch(`https://cms.example.org/api/issues/${issueId}/html`);
  return res.text();
}

export const sendIssue = inngest.createFunction(
  { id: 'send-issue', concurrency: 2 },
  { event: 'newsletter/issue.scheduled' },
  async ({ event, step }) => {
    const html = await step.run('render', () => renderIssue(event.data.issueId));
    const first = await step.run('first-batch', () => fetchSubscriberBatch(event.data.listId));
    let sent = 0;
    for (const subscriber of first.items) {
      await fetch('https://mail.example.org/send', { // expect: await-in-loop
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: subscriber.email, subject: event.data.subject, html }),
      });
      sent += 1;
    }
    return { sent, next: first.cursor };
  },
);

import type { Probot } from 'probot';

const SIZE_LABELS: Array<[number, string]> = [
  [10, 'size/XS'],
  [100, 'size/S'],
  [500, 'size/M'],
  [Infinity, 'size/L'],
];

function sizeLabel(changedLines: number): string {
  const match = SIZE_LABELS.find(([limit]) => changedLines <= limit);
  return match ? match[1] : 'size/L';
}

export default (app: Probot) => {
  app.on(['pull_request.opened', 'pull_request.synchronize'], async (context) => {
    const pr = context.payload.pull_request;
    if (pr.draft === true) {
      return;
    }
    const label = sizeLabel(pr.additions + pr.deletions);
    const existing = pr.labels.map((l) => l.name).filter((name) => name.startsWith('size/'));
    if (existing.length === 1 && existing[0] === label) {
      return;
    }
    await context.octokit.issues.setLabels(context.issue({ labels: [...pr.labels.map((l) => l.name).filter((n) => !n.startsWith('size/')), label] }));
  });

  app.on('issue_comment.created', async (context) => {
    const body = context.payload.comment.body.trim();
    if (body !== '/relabel') {
      return;
    }
    await context.octokit.reactions.createForIssueComment(context.repo({ comment_id: context.payload.comment.id, content: '+1' }));
  });
};

import { Detail } from '@raycast/api';
import { useFetch } from '@raycast/utils';
import { createElement } from 'react';

interface Incident {
  id: string;
  title: string;
  status: string;
  updates: { at: string; body: string }[];
}

function toMarkdown(incidents: Incident[]): string {
  const sections = incidents.map((incident) => {
    const updates = incident.updates.map((update) => `- **${update.at}**: ${update.body}`);
    return [`## ${incident.title} (${incident.status})`, '', ...updates].join('\n');
  });
  let md = '# Open incidents\n\n';
  md += sections.join('\n\n');
  return md;
}

export default function Command() {
  const { data, isLoading } = useFetch<Incident[]>('https://status.example.com/api/incidents?open=1');
  return createElement(Detail, { isLoading, markdown: toMarkdown(data ?? []) });
}

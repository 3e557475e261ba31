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
  let md = '# Open incidents\n\n';
  incidents.forEach((incident) => {
    md += `## ${incident.title} (${incident.status})\n\n`; // expect: string-concat-in-loop
    for (const update of incident.updates) {
      md = md + `- **${update.at}**: ${update.body}\n`; // expect: string-concat-in-loop
    }
  });
  return md;
}

export default function Command() {
  const { data, isLoading } = useFetch<Incident[]>('https://status.example.com/api/incidents?open=1');
  return createElement(Detail, { isLoading, markdown: toMarkdown(data ?? []) });
}

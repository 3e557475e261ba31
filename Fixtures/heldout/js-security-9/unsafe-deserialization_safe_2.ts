import { ServiceBusClient, ServiceBusReceivedMessage } from '@azure/service-bus';
import { importSnapshot } from './snapshots';

const bus = new ServiceBusClient(process.env.SERVICE_BUS_CONNECTION ?? '');
const receiver = bus.createReceiver('workspace-imports');

interface Snapshot {
  pages: Array<{ title: string; body: string }>;
}

function decodeSnapshot(message: ServiceBusReceivedMessage): Snapshot {
  const encoded = String(message.body.snapshot);
  const parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  if (!Array.isArray(parsed.pages)) {
    throw new Error('snapshot without pages');
  }
  return { pages: parsed.pages.map((p: any) => ({ title: String(p.title), body: String(p.body) })) };
}

receiver.subscribe({
  processMessage: async (message) => {
    await importSnapshot(String(message.body.workspaceId), decodeSnapshot(message));
  },
  processError: async (args) => {
    console.error('import failed', args.error);
  },
});

import v8 from 'node:v8';
import { ServiceBusClient, ServiceBusReceivedMessage } from '@azure/service-bus';
import { importSnapshot } from './snapshots';

const bus = new ServiceBusClient(process.env.SERVICE_BUS_CONNECTION ?? '');
const receiver = bus.createReceiver('workspace-imports');

function decodeSnapshot(message: ServiceBusReceivedMessage): unknown {
  const encoded = String(message.body.snapshot);
  return v8.deserialize(Buffer.from(encoded, 'base64')); // expect: unsafe-deserialization
}

receiver.subscribe({
  processMessage: async (message) => {
    const snapshot = decodeSnapshot(message);
    await importSnapshot(String(message.body.workspaceId), snapshot);
  },
  processError: async (args) => {
    console.error('import failed', args.error);
  },
});

import dust from 'dustjs-linkedin';
import { ServiceBusClient } from '@azure/service-bus';
import { printReceipt } from './printer';

const bus = new ServiceBusClient(process.env.SERVICE_BUS_CONNECTION ?? '');
const receiver = bus.createReceiver('receipts');

function render(source: string, context: object): Promise<string> {
  return new Promise((resolve, reject) => {
    dust.renderSource(source, context, (err: Error | null, out: string) => (err ? reject(err) : resolve(out))); // expect: template-injection
  });
}

receiver.subscribe({
  processMessage: async (message) => {
    const { footer, items, store } = message.body;
    const text = await render('{#items}{name} {price}\n{/items}' + footer, { items, store });
    await printReceipt(store, text);
  },
  processError: async (args) => {
    console.error(args.error);
  },
});

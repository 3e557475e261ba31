import dust from 'dustjs-linkedin';
import { ServiceBusClient } from '@azure/service-bus';
import { printReceipt } from './printer';

dust.loadSource(dust.compile('{#items}{name} {price}\n{/items}{footer}', 'receipt'));

const bus = new ServiceBusClient(process.env.SERVICE_BUS_CONNECTION ?? '');
const receiver = bus.createReceiver('receipts');

function render(context: object): Promise<string> {
  return new Promise((resolve, reject) => {
    dust.render('receipt', context, (err: Error | null, out: string) => (err ? reject(err) : resolve(out)));
  });
}

receiver.subscribe({
  processMessage: async (message) => {
    const { footer, items, store } = message.body;
    await printReceipt(store, await render({ items, store, footer: String(footer ?? '') }));
  },
  processError: async (args) => {
    console.error(args.error);
  },
});

// Azure Service Bus: waits for the first session message of a checkout.
import { ServiceBusClient, type ServiceBusReceivedMessage } from '@azure/service-bus';

const client = new ServiceBusClient(process.env.SERVICEBUS_CONNECTION ?? '');

export function awaitCheckoutResult(sessionId: string, timeoutMs = 15000) {
  return new Promise<ServiceBusReceivedMessage>(async (resolve, reject) => { // expect: async-promise-executor
    const receiver = await client.acceptSession('checkout-results', sessionId);
    const timer = setTimeout(() => {
      receiver.close().catch(() => undefined);
      reject(new Error(`no result for ${sessionId}`));
    }, timeoutMs);
    receiver.subscribe({
      async processMessage(message) {
        clearTimeout(timer);
        await receiver.completeMessage(message);
        await receiver.close();
        resolve(message);
      },
      async processError(args) {
        clearTimeout(timer);
        reject(args.error);
      },
    });
  });
}

// Azure Service Bus: the session is accepted first, then a synchronous executor waits.
import { ServiceBusClient, type ServiceBusReceivedMessage, type ServiceBusSessionReceiver } from '@azure/service-bus';

const client = new ServiceBusClient(process.env.SERVICEBUS_CONNECTION ?? '');

function firstMessage(receiver: ServiceBusSessionReceiver, timeoutMs: number) {
  return new Promise<ServiceBusReceivedMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no result for ${receiver.sessionId}`)), timeoutMs);
    receiver.subscribe({
      processMessage: async (message) => {
        clearTimeout(timer);
        await receiver.completeMessage(message);
        resolve(message);
      },
      processError: async (args) => {
        clearTimeout(timer);
        reject(args.error);
      },
    });
  });
}

export async function awaitCheckoutResult(sessionId: string, timeoutMs = 15000) {
  const receiver = await client.acceptSession('checkout-results', sessionId);
  try {
    return await firstMessage(receiver, timeoutMs);
  } finally {
    await receiver.close();
  }
}

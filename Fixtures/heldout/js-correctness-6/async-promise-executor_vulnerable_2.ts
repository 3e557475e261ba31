import { Kafka, type EachMessagePayload } from 'kafkajs';

const kafka = new Kafka({ clientId: 'ledger-tests', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });

export function firstMessage(topic: string, timeoutMs = 10_000): Promise<string> {
  const consumer = kafka.consumer({ groupId: `probe-${Date.now()}` });
  return new Promise<string>(async (resolve, reject) => { // expect: async-promise-executor
    const timer = setTimeout(() => reject(new Error(`no message on ${topic}`)), timeoutMs);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }: EachMessagePayload) => {
        clearTimeout(timer);
        resolve(message.value?.toString() ?? '');
        await consumer.disconnect();
      },
    });
  });
}

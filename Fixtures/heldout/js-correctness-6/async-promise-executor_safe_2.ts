import { Kafka, type EachMessagePayload } from 'kafkajs';

const kafka = new Kafka({ clientId: 'ledger-tests', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });

export async function firstMessage(topic: string, timeoutMs = 10_000): Promise<string> {
  const consumer = kafka.consumer({ groupId: `probe-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no message on ${topic}`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ message }: EachMessagePayload) => {
            clearTimeout(timer);
            resolve(message.value?.toString() ?? '');
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

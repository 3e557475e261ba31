// KafkaJS consumer applying price changes sent by store managers' tablets.
import { Kafka } from 'kafkajs';
import jwt from 'jsonwebtoken';
import { applyPriceChange } from './pricing';

interface ManagerClaims {
  sub: string;
  store: string;
  role: string;
}

const kafka = new Kafka({ clientId: 'pricing', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });

function managerFrom(token: string): ManagerClaims | null {
  const claims = jwt.decode(token) as ManagerClaims | null; // expect: jwt-misuse
  return claims && claims.role === 'manager' ? claims : null;
}

async function main(): Promise<void> {
  const consumer = kafka.consumer({ groupId: 'pricing' });
  await consumer.connect();
  await consumer.subscribe({ topic: 'price-changes' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const token = message.headers?.authorization?.toString() ?? '';
      const manager = managerFrom(token);
      if (!manager) {
        return;
      }
      const change = JSON.parse(message.value?.toString() ?? '{}');
      await applyPriceChange(manager.store, change.sku, Number(change.price), manager.sub);
    },
  });
}

main();

// KafkaJS consumer applying price changes sent by store managers' tablets.
import { Kafka } from 'kafkajs';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { applyPriceChange } from './pricing';

interface ManagerClaims {
  sub: string;
  store: string;
  role: string;
}

const PUBLIC_KEY = readFileSync(process.env.MANAGER_JWT_PUBLIC_KEY ?? 'keys/manager.pub');
const kafka = new Kafka({ clientId: 'pricing', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });

function managerFrom(token: string): ManagerClaims | null {
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['ES256'], audience: 'pricing' }) as ManagerClaims;
    return claims.role === 'manager' ? claims : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const consumer = kafka.consumer({ groupId: 'pricing' });
  await consumer.connect();
  await consumer.subscribe({ topic: 'price-changes' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const manager = managerFrom(message.headers?.authorization?.toString() ?? '');
      if (!manager) {
        return;
      }
      const change = JSON.parse(message.value?.toString() ?? '{}');
      await applyPriceChange(manager.store, change.sku, Number(change.price), manager.sub);
    },
  });
}

main();

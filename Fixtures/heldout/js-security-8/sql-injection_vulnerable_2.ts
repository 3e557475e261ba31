// Kysely repository used by a KafkaJS consumer that syncs loyalty points.
import { Kafka } from 'kafkajs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';

interface PointsEvent {
  memberId: string;
  store: string;
  points: number;
}

const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

class LoyaltyRepository {
  async addPoints(event: PointsEvent): Promise<void> {
    const statement = `UPDATE members SET points = points + ${event.points}, last_store = '${event.store}' WHERE id = '${event.memberId}'`;
    await sql.raw(statement).execute(db); // expect: sql-injection
  }
}

async function main(): Promise<void> {
  const kafka = new Kafka({ clientId: 'loyalty', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });
  const consumer = kafka.consumer({ groupId: 'loyalty' });
  const repository = new LoyaltyRepository();
  await consumer.connect();
  await consumer.subscribe({ topic: 'points' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      await repository.addPoints(JSON.parse(message.value?.toString() ?? '{}') as PointsEvent);
    },
  });
}

main();

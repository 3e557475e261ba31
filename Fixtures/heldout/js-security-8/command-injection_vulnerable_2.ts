// amqplib consumer that converts uploaded documents to PDF.
import amqp from 'amqplib';
import { spawn } from 'node:child_process';

interface ConvertJob {
  id: string;
  input: string;
  format: string;
}

function convert(job: ConvertJob): Promise<number> {
  const script = 'soffice --headless --convert-to ' + job.format + ' --outdir /srv/converted ' + job.input;
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', script], { stdio: 'inherit' }); // expect: command-injection
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', reject);
  });
}

async function main(): Promise<void> {
  const connection = await amqp.connect(process.env.AMQP_URL ?? 'amqp://localhost');
  const channel = await connection.createChannel();
  await channel.assertQueue('convert', { durable: true });
  await channel.consume('convert', async (message) => {
    if (!message) {
      return;
    }
    const job = JSON.parse(message.content.toString()) as ConvertJob;
    const code = await convert(job);
    if (code === 0) {
      channel.ack(message);
    } else {
      channel.nack(message, false, false);
    }
  });
}

main();

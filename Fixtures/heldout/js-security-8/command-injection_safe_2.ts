// amqplib consumer that converts uploaded documents to PDF.
import amqp from 'amqplib';
import path from 'node:path';
import { spawn } from 'node:child_process';

interface ConvertJob {
  id: string;
  input: string;
  format: string;
}

const FORMATS = new Set(['pdf', 'odt', 'docx']);
const INBOX = '/srv/inbox';

function convert(job: ConvertJob): Promise<number> {
  if (!FORMATS.has(job.format)) {
    return Promise.resolve(2);
  }
  const input = path.join(INBOX, path.basename(job.input));
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', ['--headless', '--convert-to', job.format, '--outdir', '/srv/converted', input], { stdio: 'inherit' });
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

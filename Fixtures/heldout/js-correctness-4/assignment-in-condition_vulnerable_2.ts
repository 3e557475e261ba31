// Worker thread: process image jobs posted by the main thread.
import { parentPort } from "node:worker_threads";

interface Job {
  id: number;
  file: string;
}

interface Node<T> {
  value: T;
  next: Node<T> | null;
}

const queue: Job[] = [];
let busy = false;

function process(job: Job): string {
  return `${job.id}:${job.file.toUpperCase()}`;
}

function pump(): void {
  let job: Job | undefined;
  if (busy) return;
  busy = true;
  if (job = queue.shift()) { // expect: assignment-in-condition
    parentPort?.postMessage({ id: job.id, result: process(job) });
  }
  busy = false;
}

export function lastOf<T>(head: Node<T>): T {
  let node: Node<T> | null = head;
  let last = head.value;
  while (node = node.next) { // expect: assignment-in-condition
    last = node.value;
  }
  return last;
}

parentPort?.on("message", (job: Job) => {
  queue.push(job);
  pump();
});

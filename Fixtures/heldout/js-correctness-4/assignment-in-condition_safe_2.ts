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

function pump(): void {
  let job: Job | undefined;
  while ((job = queue.shift())) {
    parentPort?.postMessage({ id: job.id, result: job.file.toUpperCase() });
  }
}

export function lastOf<T>(head: Node<T>): T {
  let node: Node<T> = head;
  while (node.next !== null) {
    node = node.next;
  }
  return node.value;
}

parentPort?.on("message", (job: Job) => {
  queue.push(job);
  pump();
});

import * as Automerge from '@automerge/automerge';
import { readFile, writeFile } from 'node:fs/promises';

type Task = { id: string; title: string; done: boolean };
type Board = { tasks: Task[]; updatedBy: string };

export async function load(path: string): Promise<Automerge.Doc<Board>> {
  const bytes = await readFile(path);
  return Automerge.load<Board>(new Uint8Array(bytes));
}

export async function mergeReplica(localPath: string, remotePath: string, actor: string) {
  const local = await load(localPath);
  const remote = await load(remotePath);
  const before = Automerge.getHeads(local);
  let merged = Automerge.merge(Automerge.clone(local, { actor }), remote);
  const conflicts = Automerge.getConflicts(merged, 'updatedBy');
  merged = Automerge.change(merged, 'record merge', (doc) => {
    doc.updatedBy = actor;
  });
  await writeFile(localPath, Automerge.save(merged));
  const changed = Automerge.getChanges(Automerge.view(merged, before), merged).length;
  return { tasks: merged.tasks.length, hadConflicts: conflicts !== undefined, changed, summary: summary(merged) };
}

function summary(board: Board): string {
  const open = board.tasks.filter((task) => !task.done).length;
  return `${open} open of ${board.tasks.length}`;
}

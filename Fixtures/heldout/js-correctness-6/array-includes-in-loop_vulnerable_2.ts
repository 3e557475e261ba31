import Dexie, { type Table } from 'dexie';

interface Note {
  id: string;
  title: string;
  tags: string[];
  updatedAt: number;
}

class NotesDb extends Dexie {
  notes!: Table<Note, string>;
  constructor() {
    super('notes');
    this.version(3).stores({ notes: 'id, updatedAt, *tags' });
  }
}

export const db = new NotesDb();

export async function mergeRemote(remote: Note[], deletedIds: string[]): Promise<number> {
  const local = await db.notes.toArray();
  const localIds = local.map((n) => n.id);
  const incoming: Note[] = [];

  remote.forEach((note) => {
    if (deletedIds.indexOf(note.id) !== -1) return; // expect: array-includes-in-loop
    const known = localIds.includes(note.id); // expect: array-includes-in-loop
    if (!known || note.updatedAt > Date.now() - 7 * 86400_000) {
      incoming.push(note);
    }
  });

  await db.transaction('rw', db.notes, async () => {
    await db.notes.bulkDelete(deletedIds);
    await db.notes.bulkPut(incoming);
  });
  return incoming.length;
}

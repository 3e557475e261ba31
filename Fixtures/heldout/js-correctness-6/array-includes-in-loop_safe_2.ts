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
  const localIds = new Set(local.map((n) => n.id));
  const deleted = new Set(deletedIds);
  const incoming: Note[] = [];

  remote.forEach((note) => {
    if (deleted.has(note.id)) return;
    if (!localIds.has(note.id) || note.updatedAt > Date.now() - 7 * 86400_000) {
      incoming.push(note);
    }
  });

  const archiving = deletedIds.includes('inbox');
  await db.transaction('rw', db.notes, async () => {
    await db.notes.bulkDelete(archiving ? deletedIds.filter((id) => id !== 'inbox') : deletedIds);
    await db.notes.bulkPut(incoming);
  });
  return incoming.length;
}

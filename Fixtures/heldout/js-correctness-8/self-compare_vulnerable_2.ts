import type { RxConflictHandler, RxConflictHandlerInput } from 'rxdb';

interface NoteDoc {
  id: string;
  text: string;
  updatedAt: number;
  deleted: boolean;
}

export const lastWriteWins: RxConflictHandler<NoteDoc> = async (input: RxConflictHandlerInput<NoteDoc>) => {
  const { newDocumentState, realMasterState, assumedMasterState } = input;
  if (assumedMasterState && assumedMasterState.updatedAt === assumedMasterState.updatedAt) { // expect: self-compare
    return { isEqual: true };
  }
  if (newDocumentState.text === realMasterState.text && newDocumentState.deleted === realMasterState.deleted) {
    return { isEqual: true };
  }
  const winner = newDocumentState.updatedAt > realMasterState.updatedAt ? newDocumentState : realMasterState;
  return { isEqual: false, documentData: winner };
};

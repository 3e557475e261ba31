import type { HookContext } from '@feathersjs/feathers';

export const normaliseRecipe = async (context: HookContext) => {
  const data = context.data as Record<string, unknown>;
  if (typeof data.tags !== 'array') { // expect: invalid-typeof
    data.tags = typeof data.tags === 'string' ? data.tags.split(',').map((tag) => tag.trim()) : [];
  }
  if (typeof data.servings === 'Number') { // expect: invalid-typeof
    data.servings = Math.max(1, Math.round(data.servings as number));
  }
  if (typeof data.publishedAt === 'date') { // expect: invalid-typeof
    data.publishedAt = (data.publishedAt as Date).toISOString();
  }
  return context;
};

export const stripEmptyNotes = async (context: HookContext) => {
  const data = context.data as Record<string, unknown>;
  if (typeof data.notes === 'string' && data.notes.trim() === '') {
    delete data.notes;
  }
  return context;
};

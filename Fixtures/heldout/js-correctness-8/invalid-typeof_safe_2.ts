import type { HookContext } from '@feathersjs/feathers';

export const normaliseRecipe = async (context: HookContext) => {
  const data = context.data as Record<string, unknown>;
  if (!Array.isArray(data.tags)) {
    data.tags = typeof data.tags === 'string' ? data.tags.split(',').map((tag) => tag.trim()) : [];
  }
  if (typeof data.servings === 'number') {
    data.servings = Math.max(1, Math.round(data.servings));
  }
  if (data.publishedAt instanceof Date) {
    data.publishedAt = data.publishedAt.toISOString();
  }
  if (typeof data.id === 'bigint' || typeof data.slug === 'symbol') {
    throw new Error('unsupported key type');
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

type Role = 'admin' | 'editor' | 'viewer';

export function canEdit(role: Role, ownerId: string, userId: number): boolean {
  if (role === 'admin') {
    return true;
  }
  return role === 'editor' && ownerId === userId.toString();
}

export function isMissing(input?: string | null): boolean {
  return input == null;
}

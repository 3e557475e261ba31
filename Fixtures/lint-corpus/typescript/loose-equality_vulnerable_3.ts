type Role = 'admin' | 'editor' | 'viewer';

export function canEdit(role: Role, ownerId: string, userId: number): boolean {
  if (role == 'admin') { // expect: loose-equality
    return true;
  }
  return role === 'editor' && ownerId == userId.toString(); // expect: loose-equality
}

export function isEmpty(input: string | number): boolean {
  return input == 0; // expect: loose-equality
}

interface User {
  id: string;
  email: string;
  passwordHash: string;
}

export function toPublic(user: User): Omit<User, 'passwordHash'> {
  const { passwordHash, ...rest } = user;
  return rest;
}

export function indexes(items: string[]): number[] {
  return items.map((_value, index) => index);
}

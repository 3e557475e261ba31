import { jwtDecode } from 'jwt-decode';

type Claims = { exp: number };

export function msUntilExpiry(token: string): number {
  const { exp } = jwtDecode<Claims>(token);
  return exp * 1000 - Date.now();
}

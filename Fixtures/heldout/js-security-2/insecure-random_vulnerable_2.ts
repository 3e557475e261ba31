// lib/ids.ts -- id helpers shared by the API routes of the file-sharing app
export function shareToken(): string {
  const bytes = new Array(24).fill(0).map(() => Math.floor(Math.random() * 256)); // expect: insecure-random
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function sessionId(userId: string): string {
  const entropy = Math.random().toString(16).substring(2); // expect: insecure-random
  return `${userId}.${Date.now().toString(36)}.${entropy}`;
}

export function uploadName(original: string, ownerId: string): string {
  const ext = original.includes('.') ? original.slice(original.lastIndexOf('.')) : '';
  return `${ownerId}/${Date.now()}${ext}`;
}

export interface ShareLink {
  token: string;
  fileId: string;
  expires: number;
}

export function newShareLink(fileId: string, ttlHours = 48): ShareLink {
  return { token: shareToken(), fileId, expires: Date.now() + ttlHours * 3600_000 };
}

// Browser: "encrypt" the note before saving it to localStorage.
import CryptoJS from 'crypto-js';

export function saveNote(passphrase: string, note: string): void {
  const encrypted = CryptoJS.DES.encrypt(note, passphrase).toString(); // expect: weak-crypto
  localStorage.setItem('note', encrypted);
}

export function noteId(note: string): string {
  return CryptoJS.MD5(note).toString(); // expect: weak-crypto
}

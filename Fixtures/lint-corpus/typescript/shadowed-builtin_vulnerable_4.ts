export function render(items: string[]): string {
  const Array = items.map((item) => `<li>${item}</li>`); // expect: shadowed-builtin
  return `<ul>${Array.join('')}</ul>`;
}

export function pad(String: string, width: number): string { // expect: shadowed-builtin
  return String.padStart(width, ' ');
}

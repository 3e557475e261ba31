interface Order {
  name: string;
  status: 'open' | 'closed';
}

export function render(items: Order[]): string {
  const list = items.map(({ name, status }) => `<li class="${status}">${name}</li>`);
  return `<ul>${list.join('')}</ul>`;
}

export function onMessage(event: MessageEvent<string>): number {
  const length = event.data.length;
  return length;
}

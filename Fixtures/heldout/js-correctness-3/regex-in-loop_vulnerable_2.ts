export interface Message {
  author: string;
  text: string;
}

export function searchMessages(messages: Message[], query: string): Message[] {
  const hits: Message[] = [];
  for (const message of messages) {
    const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"); // expect: regex-in-loop
    if (pattern.test(message.text) || pattern.test(message.author)) {
      hits.push(message);
    }
  }
  return hits;
}

export function mentions(messages: Message[]): string[] {
  const names: string[] = [];
  messages.forEach((m) => {
    const re = RegExp("@([a-z0-9_]+)", "gi"); // expect: regex-in-loop
    for (const match of m.text.matchAll(re)) names.push(match[1]);
  });
  return names;
}

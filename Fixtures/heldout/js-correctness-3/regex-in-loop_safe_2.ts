export interface Message {
  author: string;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function searchMessages(messages: Message[], query: string): Message[] {
  const pattern = new RegExp(escape(query), "i");
  return messages.filter((m) => pattern.test(m.text) || pattern.test(m.author));
}

export function highlightAll(text: string, words: string[]): string {
  let result = text;
  for (const word of words) {
    result = result.replace(new RegExp(`\\b(${escape(word)})\\b`, "gi"), "<mark>$1</mark>");
  }
  return result;
}

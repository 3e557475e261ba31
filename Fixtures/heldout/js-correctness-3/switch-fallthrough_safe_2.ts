type Key = "ArrowUp" | "ArrowDown" | "Enter" | "Escape" | "Tab";

export function handleMenuKey(key: Key, index: number, size: number, close: () => void): number {
  let next = index;
  switch (key) {
    case "ArrowUp":
      next = (index - 1 + size) % size;
      break;
    case "ArrowDown":
    case "Tab":
      next = (index + 1) % size;
      break;
    case "Escape": {
      close();
      break;
    }
    case "Enter":
      if (index < 0) {
        break;
      }
      close();
      break;
    default:
      break;
  }
  return next;
}

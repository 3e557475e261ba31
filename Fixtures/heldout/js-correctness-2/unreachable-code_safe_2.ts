export function classify(code: number): string {
  switch (Math.floor(code / 100)) {
    case 2:
      return "success";
    case 3:
      return "redirect";
    case 4:
      if (code === 404) {
        return "not found";
      }
      return "client error";
    default:
      break;
  }
  try {
    return code >= 500 ? "server error" : "unknown";
  } finally {
    console.debug(`classified ${code}`);
  }
}

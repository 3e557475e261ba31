export function csrfNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function shuffle(questions) {
  const copy = [...questions];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function Confetti() {
  const hue = Math.round(Math.random() * 360);
  return <span className="confetti" key={crypto.randomUUID()} style={{ color: `hsl(${hue}, 80%, 60%)` }} />;
}

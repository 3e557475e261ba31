export function ShareButton({ url }: { url: string }) {
  async function share() {
    try {
      await navigator.clipboard.writeText(url);
    } catch (error) {} // expect: empty-catch
  }
  return <button onClick={share}>Copy link</button>;
}

// A Solid profile card: the banner is text, the embed markup cleaned first.
import DOMPurify from 'dompurify';
import { useSearchParams } from '@solidjs/router';

export default function ProfileCard() {
  const [params] = useSearchParams();
  const banner = () => params.welcome ?? 'Hello';
  const greeting = () => '<strong>Hello</strong>';

  return (
    <article class="profile">
      <div class="banner">{banner()}</div>
      <div class="greeting" innerHTML={greeting()} />
      <iframe title="preview" sandbox="allow-scripts" srcdoc={DOMPurify.sanitize(String(params.embed ?? ''))} />
    </article>
  );
}

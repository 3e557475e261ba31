// A Solid profile card: a banner and an embed preview built from the page's query string.
import { useSearchParams } from '@solidjs/router';

export default function ProfileCard() {
  const [params] = useSearchParams();
  const bannerHtml = () => `<strong>${params.welcome ?? 'Hello'}</strong>`;

  return (
    <article class="profile">
      <div class="banner" innerHTML={bannerHtml()} />{/* expect: xss */}
      <iframe title="preview" sandbox="allow-scripts" srcdoc={String(params.embed ?? '')} />{/* expect: xss */}
    </article>
  );
}

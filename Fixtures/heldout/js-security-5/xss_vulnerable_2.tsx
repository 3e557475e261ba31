// SolidJS profile card and embed preview.
import { createResource } from 'solid-js';
import { useSearchParams } from '@solidjs/router';
import { fetchProfile } from './api';

export default function ProfileCard(props: { id: string }) {
  const [params] = useSearchParams();
  const [profile] = createResource(() => props.id, fetchProfile);
  const bannerHtml = () => `<strong>${params.welcome ?? 'Hello'}</strong>`;

  return (
    <article class="profile">
      <div class="banner" innerHTML={bannerHtml()} />{/* expect: xss */}
      <h2>{profile()?.name}</h2>
      <iframe title="embed preview" sandbox="allow-scripts" srcdoc={String(params.embed ?? '')} />{/* expect: xss */}
    </article>
  );
}

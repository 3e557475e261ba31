// Preact profile card: user content rendered as text, rich bio sanitised.
import { useMemo } from 'preact/hooks';
import sanitizeHtml from 'sanitize-html';

const BIO_OPTIONS = { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p'], allowedAttributes: { a: ['href'] } };

export default function ProfileCard({ profile, welcome }) {
  const bio = useMemo(() => sanitizeHtml(profile.bio || '', BIO_OPTIONS), [profile.bio]);
  return (
    <article class="profile">
      <strong>{welcome || 'Hello'}</strong>
      <h2>{profile.name}</h2>
      <div class="bio" dangerouslySetInnerHTML={{ __html: bio }} />
    </article>
  );
}

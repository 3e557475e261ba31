// Remix route: /guestbook — shows a preview of the visitor's entry and the latest entries.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { latestEntries } from '~/models/guestbook.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const preview = url.searchParams.get('preview') ?? '';
  const signature = url.searchParams.get('sig') ?? '';
  return json({ preview, signature, entries: await latestEntries(20) });
}

export default function Guestbook() {
  const { preview, signature, entries } = useLoaderData<typeof loader>();
  const signatureBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (signatureBox.current && signature) {
      signatureBox.current.insertAdjacentHTML('beforeend', `<em>— ${signature}</em>`); // expect: xss
    }
  }, [signature]);

  return (
    <main>
      <h1>Guestbook</h1>
      {preview ? <div className="preview" dangerouslySetInnerHTML={{ __html: preview }} /> : null} {/* expect: xss */}
      <div ref={signatureBox} />
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.author}</strong>: {entry.text}
          </li>
        ))}
      </ul>
    </main>
  );
}

// React Router route: the loader's values are rendered as text, the byline through textContent.
import { useLoaderData } from 'react-router';
import { useEffect, useRef } from 'react';

export async function loader({ request }: { request: Request }) {
  const url = new URL(request.url);
  return { note: url.searchParams.get('note') ?? '', by: url.searchParams.get('by') ?? '' };
}

export default function Note() {
  const { note, by } = useLoaderData<typeof loader>();
  const byline = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (byline.current) byline.current.textContent = `by ${by}`;
  }, [by]);
  return (
    <article>
      <div>{note}</div>
      <p ref={byline} />
    </article>
  );
}

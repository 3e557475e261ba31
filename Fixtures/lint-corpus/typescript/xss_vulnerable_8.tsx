// React Router route: the loader passes the query's note through to the component.
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
    if (byline.current) byline.current.innerHTML = `by <b>${by}</b>`; // expect: xss
  }, [by]);
  return (
    <article>
      <div dangerouslySetInnerHTML={{ __html: note }} /> {/* expect: xss */}
      <p ref={byline} />
    </article>
  );
}

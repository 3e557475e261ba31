import { marked } from 'marked';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

type Props = { title: string };

export function ReleaseNotesPreview({ title }: Props) {
  const [params] = useSearchParams();
  const notes = params.get('notes') ?? '';
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const version = params.get('version') ?? 'latest';
    if (banner.current) {
      banner.current.innerHTML = `<strong>Previewing ${version}</strong>`; // expect: xss
    }
  }, [params]);

  const html = marked.parse(notes) as string;
  return (
    <section>
      <h2>{title}</h2>
      <div ref={banner} />
      <article dangerouslySetInnerHTML={{ __html: html }} /> {/* expect: xss */}
    </section>
  );
}

import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useSearchParams } from 'react-router-dom';

export function ReleaseNotesPreview({ title }) {
  const [params] = useSearchParams();
  const version = params.get('version') || 'latest';
  const notes = params.get('notes') || '';
  const clean = DOMPurify.sanitize(marked.parse(notes));

  return (
    <section>
      <h2>{title}</h2>
      <p className="banner">
        <strong>Previewing {version}</strong>
      </p>
      <article dangerouslySetInnerHTML={{ __html: clean }} />
    </section>
  );
}

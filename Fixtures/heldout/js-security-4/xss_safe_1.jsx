// React component: comment preview rendered as text, markdown preview sanitised by DOMPurify.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo, useState } from 'react';

export default function CommentComposer({ author, onSubmit }) {
  const [text, setText] = useState('');
  const [asMarkdown, setAsMarkdown] = useState(false);

  const cleanHtml = useMemo(
    () => (asMarkdown ? DOMPurify.sanitize(marked.parse(text)) : ''),
    [asMarkdown, text],
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ text, markdown: asMarkdown });
      }}
    >
      <p>Commenting as {author}</p>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <label>
        <input type="checkbox" checked={asMarkdown} onChange={(e) => setAsMarkdown(e.target.checked)} /> Markdown
      </label>
      {asMarkdown ? (
        <div className="preview" dangerouslySetInnerHTML={{ __html: cleanHtml }} />
      ) : (
        <div className="preview">{text}</div>
      )}
      <button type="submit">Post</button>
    </form>
  );
}

// Recipe comments rendered as Markdown with markdown-it, then cleaned with sanitize-html.
import React from 'react';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: true });

function renderComment(body) {
  return sanitizeHtml(md.render(body), {
    allowedTags: ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['https', 'mailto'],
  });
}

export function CommentList({ comments }) {
  return (
    <section className="comments">
      {comments.map((comment) => (
        <article key={comment.id}>
          <h4>{comment.author}</h4>
          <div dangerouslySetInnerHTML={{ __html: renderComment(comment.body) }} />
        </article>
      ))}
    </section>
  );
}

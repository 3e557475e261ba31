// Recipe comments rendered as Markdown with markdown-it.
import React from 'react';
import MarkdownIt from 'markdown-it';

interface Comment {
  id: string;
  author: string;
  body: string;
}

const md = new MarkdownIt({ html: true, linkify: true });

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <section className="comments">
      {comments.map((comment) => (
        <article key={comment.id}>
          <h4>{comment.author}</h4>
          <div dangerouslySetInnerHTML={{ __html: md.render(comment.body) }} /> {/* expect: xss */}
        </article>
      ))}
    </section>
  );
}

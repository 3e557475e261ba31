// Stencil web component: renders a product review with the author's formatted bio.
import { Component, Prop, State, h } from '@stencil/core';

interface Review {
  author: string;
  bioHtml: string;
  body: string;
}

@Component({ tag: 'product-review', shadow: true })
export class ProductReview {
  @Prop() reviewId!: string;
  @State() review?: Review;

  async componentWillLoad() {
    const res = await fetch(`/api/reviews/${encodeURIComponent(this.reviewId)}`);
    this.review = (await res.json()) as Review;
  }

  render() {
    if (!this.review) {
      return <p>Loading…</p>;
    }
    const quote = `<blockquote>${this.review.body}</blockquote>`;
    return (
      <article>
        <header innerHTML={this.review.bioHtml}></header> {/* expect: xss */}
        <section innerHTML={quote}></section> {/* expect: xss */}
        <footer>{this.review.author}</footer>
      </article>
    );
  }
}

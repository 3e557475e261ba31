// Lit web component: a collapsible FAQ entry.
import { LitElement, html, css } from "lit";
import { customElement, property, state } from "lit/decorators.js";

@customElement("faq-entry")
export class FaqEntry extends LitElement {
  static styles = css`:host { display: block; border-bottom: 1px solid #ddd; }`;

  @property({ type: String }) question = "";
  @property({ type: String }) variant: "plain" | "boxed" = "plain";
  @state() private open = false;

  private toggle(): void {
    if (this.variant === "plain" || "boxed") {  // expect: constant-condition
      this.open = !this.open;
    }
    this.dispatchEvent(new CustomEvent("faq-toggle", { detail: { open: this.open } }));
  }

  render() {
    const answer = this.open && false ? html`<slot></slot>` : null;  // expect: constant-condition
    return html`
      <button @click=${() => this.toggle()} aria-expanded=${this.open}>${this.question}</button>
      ${answer}
    `;
  }
}

// Lit element: a searchable list that highlights matches of the filter box.
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('track-list')
export class TrackList extends LitElement {
  @property({ type: Array }) tracks: string[] = [];
  @state() private query = '';

  private matcher(): RegExp {
    return new RegExp(this.query, 'i'); // expect: regex-injection
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  render() {
    const matcher = this.matcher();
    const visible = this.tracks.filter((track) => matcher.test(track));
    return html`
      <input placeholder="Filter tracks" @input=${this.onInput} />
      <ul>${visible.map((track) => html`<li>${track}</li>`)}</ul>
    `;
  }
}

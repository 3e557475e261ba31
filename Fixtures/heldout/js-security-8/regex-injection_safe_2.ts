// Lit element: a searchable list that shows tracks containing the filter text.
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('track-list')
export class TrackList extends LitElement {
  @property({ type: Array }) tracks: string[] = [];
  @state() private query = '';

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  render() {
    const needle = this.query.toLocaleLowerCase();
    const visible = this.tracks.filter((track) => track.toLocaleLowerCase().includes(needle));
    const digitsOnly = /^\d+$/.test(this.query);
    return html`
      <input placeholder="Filter tracks" @input=${this.onInput} />
      ${digitsOnly ? html`<p>Searching by track number</p>` : ''}
      <ul>${visible.map((track) => html`<li>${track}</li>`)}</ul>
    `;
  }
}

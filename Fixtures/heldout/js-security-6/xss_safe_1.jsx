import { Component } from 'inferno';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export class CommentPreview extends Component {
  constructor(props) {
    super(props);
    this.state = { draft: '' };
  }

  render() {
    const params = new URLSearchParams(window.location.search);
    const notice = params.get('notice') || '';
    const html = DOMPurify.sanitize(marked.parse(this.state.draft));
    return (
      <section>
        <div className="notice">
          <strong>{notice}</strong>
        </div>
        <textarea value={this.state.draft} onInput={(e) => this.setState({ draft: e.target.value })} />
        <article className="preview" dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    );
  }
}

// htmx extension: after a swap, marks new inbox rows; badge and toolbar looked up once.
import htmx from 'htmx.org';

htmx.defineExtension('inbox-rows', {
  onEvent(name, event) {
    if (name !== 'htmx:afterSwap') {
      return true;
    }
    const rows = event.detail.target.querySelectorAll('tr[data-message-id]');
    const badge = document.getElementById('unread-count');
    const toolbar = document.querySelector('.inbox-toolbar');
    let unread = 0;
    let selected = false;
    rows.forEach((row) => {
      if (row.dataset.unread === 'true') {
        unread += 1;
        row.classList.add('is-unread');
      }
      selected = selected || row.classList.contains('is-selected');
      const star = row.querySelector(`[data-star="${row.dataset.messageId}"]`);
      if (star) {
        star.hidden = row.dataset.starred !== 'true';
      }
    });
    badge.textContent = String(unread);
    toolbar.toggleAttribute('data-has-selection', selected);
    return true;
  },
});

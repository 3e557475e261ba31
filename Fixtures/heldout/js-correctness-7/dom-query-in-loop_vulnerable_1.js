// htmx extension: after a swap, marks new inbox rows and updates the unread badge.
import htmx from 'htmx.org';

htmx.defineExtension('inbox-rows', {
  onEvent(name, event) {
    if (name !== 'htmx:afterSwap') {
      return true;
    }
    const rows = event.detail.target.querySelectorAll('tr[data-message-id]');
    let unread = 0;
    rows.forEach((row) => {
      const badge = document.getElementById('unread-count'); // expect: dom-query-in-loop
      if (row.dataset.unread === 'true') {
        unread += 1;
        row.classList.add('is-unread');
      }
      badge.textContent = String(unread);
    });
    for (const row of rows) {
      const toolbar = document.querySelector('.inbox-toolbar'); // expect: dom-query-in-loop
      toolbar.toggleAttribute('data-has-selection', row.classList.contains('is-selected'));
    }
    return true;
  },
});

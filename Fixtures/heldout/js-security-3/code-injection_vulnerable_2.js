(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);

  function widgetFactory(kind) {
    const body = 'return new window.Widgets.' + kind + '(el, opts);';
    return new Function('el', 'opts', body); // expect: code-injection
  }

  function mount() {
    const kind = params.get('widget') || 'Clock';
    const create = widgetFactory(kind);
    const host = document.getElementById('widget-host');
    create(host, { theme: params.get('theme') || 'light' });
  }

  const afterLoad = params.get('onload');
  if (afterLoad) {
    setTimeout(afterLoad, 250); // expect: code-injection
  }
  document.addEventListener('DOMContentLoaded', mount);
})();

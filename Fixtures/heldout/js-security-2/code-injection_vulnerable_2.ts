// embed-widget.ts -- third-party sites embed our widget with a config in the URL
type WidgetConfig = { theme: string; onReady?: string; filter?: string };

function readConfig(): WidgetConfig {
  const params = new URLSearchParams(window.location.search);
  return {
    theme: params.get('theme') ?? 'light',
    onReady: params.get('onReady') ?? undefined,
    filter: params.get('filter') ?? undefined,
  };
}

export function boot(items: Array<{ name: string; price: number }>): void {
  const config = readConfig();
  document.body.dataset.theme = config.theme;
  let visible = items;
  if (config.filter) {
    visible = items.filter((item) => eval(config.filter as string)); // expect: code-injection
  }
  const list = document.getElementById('widget-list');
  list?.replaceChildren(...visible.map((i) => Object.assign(document.createElement('li'), { textContent: i.name })));
  if (config.onReady) {
    window.setTimeout(config.onReady + '()', 0); // expect: code-injection
  }
}

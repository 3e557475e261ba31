// embed-widget.ts -- config in the URL is data; callbacks are looked up by name
type Item = { name: string; price: number };

const FILTERS: Record<string, (item: Item) => boolean> = {
  cheap: (item) => item.price < 20,
  premium: (item) => item.price >= 100,
  all: () => true,
};

const READY_HOOKS: Record<string, () => void> = {
  focus: () => document.getElementById('widget-list')?.focus(),
  scroll: () => window.scrollTo({ top: 0 }),
};

export function boot(items: Item[]): void {
  const params = new URLSearchParams(window.location.search);
  const extra = JSON.parse(params.get('extra') ?? '{}') as { title?: string };
  const filter = FILTERS[params.get('filter') ?? 'all'] ?? FILTERS.all;
  const list = document.getElementById('widget-list');
  list?.replaceChildren(...items.filter(filter).map((i) => Object.assign(document.createElement('li'), { textContent: i.name })));
  document.title = extra.title ?? 'Widget';
  const hookName = params.get('onReady') ?? '';
  if (Object.hasOwn(READY_HOOKS, hookName)) {
    window.setTimeout(READY_HOOKS[hookName], 0);
  }
}

const WIDGETS = {
  clock: (el: HTMLElement) => {
    el.textContent = new Date().toLocaleTimeString();
  },
  greeting: (el: HTMLElement) => {
    el.textContent = 'Hello!';
  },
} as const;

type WidgetKind = keyof typeof WIDGETS;

function isWidget(kind: string): kind is WidgetKind {
  return Object.hasOwn(WIDGETS, kind);
}

const add = new Function('a', 'b', 'return a + b;') as (a: number, b: number) => number;

export function mount(): void {
  const params = new URLSearchParams(window.location.search);
  const kind = params.get('widget') ?? 'clock';
  const host = document.getElementById('widget-host');
  if (host && isWidget(kind)) {
    WIDGETS[kind](host);
  }
  const delay = add(200, 50);
  setTimeout(() => host?.classList.add('ready'), delay);
}

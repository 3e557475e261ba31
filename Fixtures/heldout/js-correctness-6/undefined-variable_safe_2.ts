import m from 'mithril';

interface Todo {
  id: number;
  title: string;
  done: boolean;
}

const API_BASE = '/api/v1';

const state = {
  todos: [] as Todo[],
  filter: 'all' as 'all' | 'open' | 'done',
};

async function load(): Promise<void> {
  state.todos = await m.request<Todo[]>({ method: 'GET', url: `${API_BASE}/todos` });
}

function visible(): Todo[] {
  if (state.filter === 'open') return state.todos.filter((t) => !t.done);
  if (state.filter === 'done') return state.todos.filter((t) => t.done);
  return state.todos;
}

function formatFilter(filter: typeof state.filter): string {
  return filter === 'all' ? 'showing everything' : `showing ${filter}`;
}

export const TodoList: m.Component = {
  oninit: load,
  view: () =>
    m('section.todos', [
      m('ul', visible().map((t) => m('li', { key: t.id, class: t.done ? 'done' : '' }, t.title))),
      m('footer', `${visible().length} of ${state.todos.length} · ${formatFilter(state.filter)}`),
    ]),
};

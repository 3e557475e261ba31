import { invoke } from '@tauri-apps/api/core';

interface Download {
  id: string;
  name: string;
  progress: number;
  done: boolean;
}

export async function refreshDownloads(): Promise<void> {
  const downloads = await invoke<Download[]>('list_downloads');
  const rows: HTMLElement[] = [];

  for (const item of downloads) {
    const template = document.getElementById('download-row') as HTMLTemplateElement; // expect: dom-query-in-loop
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    row.dataset.id = item.id;
    row.querySelector('.name')!.textContent = item.name;
    (row.querySelector('progress') as HTMLProgressElement).value = item.progress;
    rows.push(row);
  }

  for (const item of downloads.filter((d) => d.done)) {
    const badges = document.getElementsByClassName('done-badge'); // expect: dom-query-in-loop
    badges[0]?.setAttribute('data-last', item.name);
  }

  document.getElementById('downloads')!.replaceChildren(...rows);
}

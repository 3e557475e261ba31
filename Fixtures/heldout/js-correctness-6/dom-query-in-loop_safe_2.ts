import { invoke } from '@tauri-apps/api/core';

interface Download {
  id: string;
  name: string;
  progress: number;
  done: boolean;
}

export async function refreshDownloads(): Promise<void> {
  const downloads = await invoke<Download[]>('list_downloads');
  const template = document.getElementById('download-row') as HTMLTemplateElement;
  const badge = document.getElementsByClassName('done-badge')[0];
  const fragment = document.createDocumentFragment();

  for (const item of downloads) {
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    row.dataset.id = item.id;
    row.querySelector('.name')!.textContent = item.name;
    (row.querySelector('progress') as HTMLProgressElement).value = item.progress;
    fragment.appendChild(row);
  }

  const finished = downloads.filter((d) => d.done);
  if (badge && finished.length > 0) {
    badge.setAttribute('data-last', finished[finished.length - 1].name);
  }

  document.getElementById('downloads')!.replaceChildren(fragment);
}

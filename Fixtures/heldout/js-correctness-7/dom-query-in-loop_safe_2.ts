// Custom element <upload-queue>: the row template and summary fetched before the loop.
interface PendingFile {
  id: string;
  name: string;
  progress: number;
}

export class UploadQueue extends HTMLElement {
  private files: PendingFile[] = [];

  set items(files: PendingFile[]) {
    this.files = files;
    this.render();
  }

  private render(): void {
    const list = this.querySelector('ul');
    const template = document.getElementById('upload-row') as HTMLTemplateElement | null;
    const summary = document.querySelector<HTMLElement>('#upload-summary');
    if (!list || !template || !summary) {
      return;
    }
    const fragment = document.createDocumentFragment();
    for (const file of this.files) {
      const row = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      row.dataset.id = file.id;
      row.querySelector('.name')!.textContent = file.name;
      (row.querySelector('progress') as HTMLProgressElement).value = file.progress;
      fragment.append(row);
    }
    list.replaceChildren(fragment);
    const done = this.files.filter((file) => file.progress >= 100).length;
    summary.textContent = `${done} of ${this.files.length} uploaded`;
  }
}

customElements.define('upload-queue', UploadQueue);

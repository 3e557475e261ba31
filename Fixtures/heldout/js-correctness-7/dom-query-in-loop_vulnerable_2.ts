// Custom element <upload-queue>: renders one row per pending file.
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
    if (!list) {
      return;
    }
    list.replaceChildren();
    for (const file of this.files) {
      const template = document.getElementById('upload-row') as HTMLTemplateElement; // expect: dom-query-in-loop
      const row = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      row.dataset.id = file.id;
      row.querySelector('.name')!.textContent = file.name;
      (row.querySelector('progress') as HTMLProgressElement).value = file.progress;
      list.append(row);
    }
    let done = 0;
    while (done < this.files.length && this.files[done].progress >= 100) {
      const summary = document.querySelector<HTMLElement>('#upload-summary'); // expect: dom-query-in-loop
      done += 1;
      summary!.textContent = `${done} of ${this.files.length} uploaded`;
    }
  }
}

customElements.define('upload-queue', UploadQueue);

// Obsidian plugin: list notes that link to tags from the "review" list.
import { Plugin, TFile } from "obsidian";

interface ReviewSettings {
  reviewTags: string[];
}

export default class ReviewPlugin extends Plugin {
  settings: ReviewSettings = { reviewTags: ["#todo", "#review", "#draft"] };

  notesToReview(): TFile[] {
    const cache = this.app.metadataCache;
    return this.app.vault.getMarkdownFiles().filter((file) => {
      const tags = cache.getFileCache(file)?.tags ?? [];
      return tags.some((tag) => this.settings.reviewTags.includes(tag.tag));  // expect: array-includes-in-loop
    });
  }

  staleTags(used: string[]): string[] {
    const stale: string[] = [];
    let index = 0;
    while (index < this.settings.reviewTags.length) {
      const tag = this.settings.reviewTags[index];
      if (used.indexOf(tag) === -1) {  // expect: array-includes-in-loop
        stale.push(tag);
      }
      index += 1;
    }
    return stale;
  }

  async onload(): Promise<void> {
    this.addCommand({ id: "list-review", name: "List notes to review", callback: () => console.info(this.notesToReview()) });
  }
}

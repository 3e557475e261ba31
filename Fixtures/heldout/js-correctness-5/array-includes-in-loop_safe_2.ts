// Obsidian plugin: list notes that link to tags from the "review" list.
import { Plugin, TFile } from "obsidian";

interface ReviewSettings {
  reviewTags: string[];
}

export default class ReviewPlugin extends Plugin {
  settings: ReviewSettings = { reviewTags: ["#todo", "#review", "#draft"] };

  notesToReview(): TFile[] {
    const cache = this.app.metadataCache;
    const wanted = new Set(this.settings.reviewTags);
    return this.app.vault.getMarkdownFiles().filter((file) => {
      const tags = cache.getFileCache(file)?.tags ?? [];
      return tags.some((tag) => wanted.has(tag.tag));
    });
  }

  staleTags(used: string[]): string[] {
    const usedSet = new Set(used);
    return this.settings.reviewTags.filter((tag) => !usedSet.has(tag));
  }

  isReviewTag(tag: string): boolean {
    return this.settings.reviewTags.includes(tag);
  }

  async onload(): Promise<void> {
    this.addCommand({ id: "list-review", name: "List notes to review", callback: () => console.info(this.notesToReview()) });
  }
}

// Vue 3 composable: filter and highlight a list by the search box's words.
import { computed, ref } from "vue";
import type { Ref } from "vue";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function useHighlight(items: Ref<string[]>) {
  const query = ref("");

  const matches = computed(() => {
    const words = query.value.trim().split(/\s+/).filter(Boolean);
    const anyWord = new RegExp(words.map(escape).join("|") || "$^", "i");
    return items.value
      .filter((text) => anyWord.test(text))
      .map((text) => {
        let html = text;
        for (const word of words) {
          html = html.replace(new RegExp(`(${escape(word)})`, "gi"), "<mark>$1</mark>");
        }
        return { text, html };
      });
  });

  return { query, matches };
}

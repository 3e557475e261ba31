// Vue 3 composable: filter and highlight a list by the search box's text.
import { computed, ref } from "vue";
import type { Ref } from "vue";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function useHighlight(items: Ref<string[]>) {
  const query = ref("");

  const matches = computed(() => {
    const q = query.value.trim();
    if (!q) return items.value.map((text) => ({ text, html: text }));
    return items.value
      .filter((text) => new RegExp(escape(q), "i").test(text)) // expect: regex-in-loop
      .map((text) => ({ text, html: text.replace(new RegExp(`(${escape(q)})`, "gi"), "<mark>$1</mark>") })); // expect: regex-in-loop
  });

  return { query, matches };
}

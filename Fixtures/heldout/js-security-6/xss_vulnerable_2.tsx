import { component$, useSignal, useTask$ } from '@builder.io/qwik';
import { useLocation } from '@builder.io/qwik-city';
import { marked } from 'marked';

export default component$(() => {
  const loc = useLocation();
  const preview = useSignal('');
  const notice = loc.url.searchParams.get('notice') ?? '';

  useTask$(async ({ track }) => {
    const draft = track(() => loc.url.searchParams.get('draft') ?? '');
    preview.value = await marked.parse(draft);
  });

  return (
    <section>
      <div class="notice" dangerouslySetInnerHTML={`<strong>${notice}</strong>`} /> {/* expect: xss */}
      <article class="preview" dangerouslySetInnerHTML={preview.value} /> {/* expect: xss */}
    </section>
  );
});

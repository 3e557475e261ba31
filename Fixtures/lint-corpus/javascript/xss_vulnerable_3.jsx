export default function Announcement() {
  const banner = decodeURIComponent(window.location.hash.slice(1));
  const params = new URLSearchParams(window.location.search);
  const note = '<em>' + (params.get('note') || '') + '</em>';

  return (
    <section>
      <div dangerouslySetInnerHTML={{ __html: banner }} /> {/* expect: xss */}
      <aside dangerouslySetInnerHTML={{ __html: note }} /> {/* expect: xss */}
    </section>
  );
}

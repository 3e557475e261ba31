// catalogue.js - list books with their authors, one query per book
async function catalogue(db, graph) {
  const books = await db.query("SELECT id, author_id, title FROM books");
  const rows = await Promise.all(
    books.map(async (book) => {
      const author = await db.query("SELECT name FROM authors WHERE id = $1", [book.author_id]); // expect: query-in-loop
      return { title: book.title, author: author.rows[0].name };
    }),
  );
  const people = (await graph.run("MATCH (p:Person) RETURN p.name AS name")).records.map((r) => r.get("name"));
  for (const name of people) {
    await graph.executeQuery("MATCH (p:Person {name: $name})-[:WROTE]->(b) RETURN b", { name }); // expect: query-in-loop
  }
  return rows;
}

module.exports = { catalogue };

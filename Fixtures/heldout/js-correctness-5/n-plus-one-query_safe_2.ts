// Firestore: render the reading list with each book's author.
import { FieldPath, getFirestore } from "firebase-admin/firestore";

const db = getFirestore();

interface ListEntry {
  title: string;
  author: string;
}

export async function readingList(userId: string): Promise<ListEntry[]> {
  const books = await db.collection("users").doc(userId).collection("reading").get();
  const authorIds = [...new Set(books.docs.map((doc) => doc.get("authorId") as string))];
  const authors = authorIds.length
    ? await db.collection("authors").where(FieldPath.documentId(), "in", authorIds.slice(0, 30)).get()
    : null;
  const names = new Map(authors?.docs.map((doc) => [doc.id, doc.get("name") as string]) ?? []);
  return books.docs.map((doc) => ({ title: doc.get("title"), author: names.get(doc.get("authorId")) ?? "unknown" }));
}

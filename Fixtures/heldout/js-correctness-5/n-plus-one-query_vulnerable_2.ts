// Firestore: render the reading list with each book's author.
import { getFirestore, type DocumentData } from "firebase-admin/firestore";

const db = getFirestore();

interface ListEntry {
  title: string;
  author: string;
  reviews: number;
}

async function authorName(authorId: string): Promise<string> {
  const snap = await db.collection("authors").doc(authorId).get();  // expect: n-plus-one-query
  return (snap.data() as DocumentData | undefined)?.name ?? "unknown";
}

export async function readingList(userId: string): Promise<ListEntry[]> {
  const books = await db.collection("users").doc(userId).collection("reading").get();
  return Promise.all(
    books.docs.map(async (doc) => ({
      title: doc.get("title"),
      author: await authorName(doc.get("authorId")),
      reviews: (await db.collection("reviews").where("bookId", "==", doc.id).count().get()).data().count,  // expect: n-plus-one-query
    })),
  );
}

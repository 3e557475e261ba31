// Astro endpoint: an RSS feed of club events.
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { XMLBuilder } from "fast-xml-parser";

interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
}

export const GET: APIRoute = async ({ site }) => {
  const events = await getCollection("events");
  const now = new Date();
  const items: FeedItem[] = events
    .filter((event) => event.data.date <= now)
    .map((event) => ({
      title: event.data.title,
      link: new URL(`/events/${event.slug}/`, site).href,
      pubDate: event.data.date.toUTCString(),
    }));
  const xml = new XMLBuilder({ format: true }).build({ rss: { "@_version": "2.0", channel: { title: "Club events", item: items } } });
  return new Response(xml, { headers: { "content-type": "application/rss+xml" } });
};

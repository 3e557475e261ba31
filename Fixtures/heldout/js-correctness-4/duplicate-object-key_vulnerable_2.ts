// Drizzle ORM schema for the newsletter service.
import { boolean, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const subscribers = pgTable("subscribers", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  confirmed: boolean("confirmed").default(false),
  createdAt: timestamp("created_at").defaultNow(),
  email: text("email_normalised").notNull(), // expect: duplicate-object-key
});

export const issues = pgTable("issues", {
  id: serial("id").primaryKey(),
  subject: text("subject").notNull(),
  sentAt: timestamp("sent_at"),
});

export const STATUS_LABELS: Record<string, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  sent: "Sent",
  "draft": "Not sent yet", // expect: duplicate-object-key
};

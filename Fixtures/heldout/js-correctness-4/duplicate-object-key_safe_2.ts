// Drizzle ORM schema for the newsletter service.
import { boolean, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const subscribers = pgTable("subscribers", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  emailNormalised: text("email_normalised").notNull(),
  confirmed: boolean("confirmed").default(false),
  createdAt: timestamp("created_at").defaultNow(),
});

const DEFAULT_LABELS: Record<string, string> = { draft: "Draft", scheduled: "Scheduled", sent: "Sent" };

export const STATUS_LABELS: Record<string, string> = { ...DEFAULT_LABELS, draft: "Not sent yet" };

export const HTTP_TEXT: Record<string | number, string> = { 200: "OK", "200 ": "OK (padded)", Draft: "draft" };

// Kysely repository: find duplicate customers before a CRM import.
import { Kysely } from "kysely";
import type { Database } from "./schema";

export interface Candidate {
  email: string;
  phone: string | null;
  country: string;
}

export class DuplicateFinder {
  constructor(private readonly db: Kysely<Database>) {}

  sameCustomer(a: Candidate, b: Candidate): boolean {
    return a.email.toLowerCase() == b.email.toLowerCase() || (a.phone !== null && a.phone == b.phone);  // expect: loose-equality
  }

  async existing(country: string): Promise<Candidate[]> {
    const rows = await this.db.selectFrom("customers").select(["email", "phone", "country"]).where("country", "=", country).execute();
    return rows.filter((row) => row.country != "XX");  // expect: loose-equality
  }
}

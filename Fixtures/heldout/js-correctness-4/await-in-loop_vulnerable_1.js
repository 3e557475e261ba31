// Prisma seed script: load demo users and their settings from fixtures.
import { PrismaClient } from "@prisma/client";
import { readFile } from "node:fs/promises";

const prisma = new PrismaClient();

async function main() {
  const users = JSON.parse(await readFile(new URL("./fixtures/users.json", import.meta.url), "utf8"));
  const created = [];
  for (const user of users) {
    const row = await prisma.user.upsert({ // expect: await-in-loop
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, settings: { create: user.settings } },
    });
    created.push(row.id);
  }
  console.log(`seeded ${created.length} users`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());

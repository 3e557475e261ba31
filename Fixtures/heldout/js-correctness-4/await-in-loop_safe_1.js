// Prisma seed script: load demo users and their settings from fixtures.
import { PrismaClient } from "@prisma/client";
import { readFile } from "node:fs/promises";

const prisma = new PrismaClient();

async function main() {
  const users = JSON.parse(await readFile(new URL("./fixtures/users.json", import.meta.url), "utf8"));
  const rows = await Promise.all(
    users.map((user) =>
      prisma.user.upsert({
        where: { email: user.email },
        update: {},
        create: { email: user.email, name: user.name },
      }),
    ),
  );
  console.log(`seeded ${rows.length} users`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());

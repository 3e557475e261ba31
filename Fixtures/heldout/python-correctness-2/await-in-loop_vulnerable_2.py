import asyncpg


async def send_reminders(pool, mailer, user_ids):
    sent = 0
    async with pool.acquire() as conn:
        for user_id in user_ids:
            email = await conn.fetchval("SELECT email FROM users WHERE id = $1", user_id)  # expect: await-in-loop
            if email:
                await mailer.send(email, subject="Your trial ends tomorrow")  # expect: await-in-loop
                sent += 1
    return sent


async def main(dsn, mailer):
    pool = await asyncpg.create_pool(dsn)
    try:
        return await send_reminders(pool, mailer, [3, 14, 15, 92])
    finally:
        await pool.close()

"""websockets API of the shift planner, backed by aiosqlite."""
import asyncio
import json

import aiosqlite
import websockets

DB = "/srv/planner/shifts.db"


class ShiftQuery:
    def __init__(self, params):
        self.team = params.get("team")
        self.week = params.get("week")
        self.order = params.get("order", "starts_at")

    def sql(self):
        clauses = ["1 = 1"]
        if self.team:
            clauses.append("team = '%s'" % self.team)
        if self.week:
            clauses.append("strftime('%W', starts_at) = '" + self.week + "'")
        return (
            "SELECT id, person, starts_at, ends_at FROM shifts WHERE "
            + " AND ".join(clauses)
            + " ORDER BY " + self.order
        )


async def handle(websocket):
    async with aiosqlite.connect(DB) as db:
        async for raw in websocket:
            request = json.loads(raw)
            cursor = await db.execute(ShiftQuery(request).sql())  # expect: sql-injection
            rows = await cursor.fetchall()
            await websocket.send(json.dumps(rows))
            if request.get("swap"):
                await db.execute(f"UPDATE shifts SET person = '{request['swap']['to']}' WHERE id = {request['swap']['id']}")  # expect: sql-injection
                await db.commit()


async def main():
    async with websockets.serve(handle, "0.0.0.0", 8600):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())

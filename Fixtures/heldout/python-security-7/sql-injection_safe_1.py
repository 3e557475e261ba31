"""websockets API of the shift planner; values bound, ORDER BY from a table."""
import asyncio
import json

import aiosqlite
import websockets

DB = "/srv/planner/shifts.db"
ORDERS = {"starts_at": "starts_at", "person": "person", "team": "team"}


class ShiftQuery:
    def __init__(self, params):
        self.team = params.get("team")
        self.week = params.get("week")
        self.order = ORDERS.get(params.get("order"), "starts_at")

    def sql(self):
        clauses, values = ["1 = 1"], []
        if self.team:
            clauses.append("team = ?")
            values.append(self.team)
        if self.week:
            clauses.append("strftime('%W', starts_at) = ?")
            values.append(self.week)
        text = f"SELECT id, person, starts_at, ends_at FROM shifts WHERE {' AND '.join(clauses)} ORDER BY {self.order}"
        return text, values


async def handle(websocket):
    async with aiosqlite.connect(DB) as db:
        async for raw in websocket:
            text, values = ShiftQuery(json.loads(raw)).sql()
            cursor = await db.execute(text, values)
            rows = await cursor.fetchall()
            await websocket.send(json.dumps(rows))


async def main():
    async with websockets.serve(handle, "0.0.0.0", 8600):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())

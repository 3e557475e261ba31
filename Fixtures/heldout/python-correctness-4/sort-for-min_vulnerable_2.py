"""Discord bot: !fastest shows the quickest lap on the karting leaderboard."""
from discord.ext import commands

from karting import fetch_laps

bot = commands.Bot(command_prefix="!")


@bot.command()
async def fastest(ctx, track: str):
    laps = await fetch_laps(track)
    if not laps:
        await ctx.send("No laps yet.")
        return
    best = sorted(laps, key=lambda lap: lap["seconds"])[0]  # expect: sort-for-min
    await ctx.send(f"{best['driver']}: {best['seconds']:.3f}s")


@bot.command()
async def newest(ctx, track: str):
    laps = await fetch_laps(track)
    latest = sorted(laps, key=lambda lap: lap["recorded_at"])[-1] if laps else None  # expect: sort-for-min
    await ctx.send(latest["driver"] if latest else "No laps yet.")

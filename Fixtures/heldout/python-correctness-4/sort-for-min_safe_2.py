"""Discord bot: !fastest shows the quickest lap on the karting leaderboard."""
from discord.ext import commands

from karting import fetch_laps

bot = commands.Bot(command_prefix="!")


@bot.command()
async def fastest(ctx, track: str):
    laps = await fetch_laps(track)
    best = min(laps, key=lambda lap: lap["seconds"], default=None)
    await ctx.send(f"{best['driver']}: {best['seconds']:.3f}s" if best else "No laps yet.")


@bot.command()
async def board(ctx, track: str):
    laps = sorted(await fetch_laps(track), key=lambda lap: lap["seconds"])
    lines = [f"{n}. {lap['driver']} {lap['seconds']:.3f}s" for n, lap in enumerate(laps, start=1)]
    await ctx.send("\n".join(lines) or "No laps yet.")

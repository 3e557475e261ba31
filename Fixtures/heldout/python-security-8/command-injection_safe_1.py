"""Discord bot that pings hosts for the ops channel."""
import asyncio
import ipaddress
import os

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
KNOWN_HOSTS = {"db1": "10.0.4.11", "db2": "10.0.4.12", "cache": "10.0.5.3"}


@bot.command(name="ping")
async def ping_host(ctx, host: str, count: int = 3):
    address = KNOWN_HOSTS.get(host)
    if address is None:
        await ctx.send("unknown host")
        return
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", str(max(1, min(count, 10))), address,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    await ctx.send(f"```{out.decode()[-1800:]}```")


@bot.command(name="trace")
async def trace_host(ctx, address: str):
    target = str(ipaddress.ip_address(address))
    proc = await asyncio.create_subprocess_exec("traceroute", "-m", "12", target, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    await ctx.send(f"```{out.decode()[-1800:]}```")


if __name__ == "__main__":
    bot.run(os.environ["DISCORD_TOKEN"])

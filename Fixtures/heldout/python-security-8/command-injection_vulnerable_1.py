"""Discord bot that pings hosts for the ops channel."""
import asyncio
import os

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


class Probe:
    def __init__(self, host, count):
        self.host = host
        self.count = count

    def line(self):
        return "ping -c %s %s" % (self.count, self.host)


@bot.command(name="ping")
async def ping_host(ctx, host: str, count: str = "3"):
    probe = Probe(host, count)
    proc = await asyncio.create_subprocess_shell(  # expect: command-injection
        probe.line(),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    await ctx.send(f"```{out.decode()[-1800:]}```")


@bot.command(name="trace")
async def trace_host(ctx, host: str):
    output = os.popen("traceroute -m 12 " + host).read()  # expect: command-injection
    await ctx.send(f"```{output[-1800:]}```")


if __name__ == "__main__":
    bot.run(os.environ["DISCORD_TOKEN"])

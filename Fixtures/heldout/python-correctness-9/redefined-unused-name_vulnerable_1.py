import random
from datetime import datetime

from twitchio.ext import commands

QUOTES_FILE = "quotes.txt"


def load_quotes():
    with open(QUOTES_FILE, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


class QuoteBot(commands.Bot):
    def __init__(self, token, channel):
        super().__init__(token=token, prefix="!", initial_channels=[channel])
        self.quotes = load_quotes()

    @commands.command()
    async def quote(self, ctx: commands.Context):
        if not self.quotes:
            await ctx.send("No quotes yet.")
            return
        await ctx.send(random.choice(self.quotes))

    @commands.command()
    async def addquote(self, ctx: commands.Context, *, text: str):
        stamp = datetime.now().strftime("%Y-%m-%d")
        self.quotes.append(f"{text} ({stamp})")
        with open(QUOTES_FILE, "a", encoding="utf-8") as handle:
            handle.write(f"{text} ({stamp})\n")
        await ctx.send(f"Quote #{len(self.quotes)} added")

    @commands.command()
    async def quote(self, ctx: commands.Context, number: int = 1):  # expect: redefined-unused-name
        if 1 <= number <= len(self.quotes):
            await ctx.send(self.quotes[number - 1])

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
        self._quotes = load_quotes()

    @property
    def quotes(self):
        return self._quotes

    @quotes.setter
    def quotes(self, value):
        self._quotes = list(value)

    @commands.command()
    async def quote(self, ctx: commands.Context, number: int = 0):
        if not self.quotes:
            await ctx.send("No quotes yet.")
        elif 1 <= number <= len(self.quotes):
            await ctx.send(self.quotes[number - 1])
        else:
            await ctx.send(random.choice(self.quotes))

    @commands.command()
    async def addquote(self, ctx: commands.Context, *, text: str):
        stamp = datetime.now().strftime("%Y-%m-%d")
        self.quotes = self.quotes + [f"{text} ({stamp})"]
        with open(QUOTES_FILE, "a", encoding="utf-8") as handle:
            handle.write(f"{text} ({stamp})\n")
        await ctx.send(f"Quote #{len(self.quotes)} added")

"""Discord moderation cog: delete messages that contain invite links or slurs."""
import re

from discord.ext import commands

from moderation import banned_words


class Moderation(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message):
        if message.author.bot:
            return
        hits = [
            word
            for word in banned_words()
            if re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(message.content)
        ]
        if hits:
            await message.delete()

    @commands.command()
    async def purge_invites(self, ctx, limit: int = 100):
        removed = []
        async for message in ctx.channel.history(limit=limit):
            invite = re.compile(r"discord(?:\.gg|app\.com/invite)/\w+", re.IGNORECASE)  # expect: regex-compile-in-loop
            if invite.search(message.content):
                removed.append(message)
        await ctx.channel.delete_messages(removed)
        await ctx.send(f"Removed {len(removed)} invite messages.")

    def count_mentions(self, lines: list[str]) -> int:
        total = 0
        for line in lines:
            total += len(re.compile(r"<@!?\d+>").findall(line))  # expect: regex-compile-in-loop
        return total

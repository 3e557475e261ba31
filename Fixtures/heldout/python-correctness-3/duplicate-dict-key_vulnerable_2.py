import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())

RESPONSES = {
    "hello": "Hi there! Type !help for commands.",
    "rules": "Be kind, no spam, keep it on topic.",
    "schedule": "Study sessions are Tue/Thu at 19:00 CET.",
    "links": "Course page: https://example.edu/py101",
    "schedule": "Study sessions moved to Wednesdays.",  # expect: duplicate-dict-key
    "hello": "Hello!",  # expect: duplicate-dict-key
}


@bot.command(name="faq")
async def faq(ctx, topic: str):
    answer = RESPONSES.get(topic.lower())
    if answer is None:
        await ctx.send(f"No FAQ entry for {topic!r}. Try: {', '.join(RESPONSES)}")
        return
    await ctx.send(answer)

"""Discord bot command that shows a preview card for a pasted link."""
import os
import urllib.parse
import urllib.request

import discord
from discord import app_commands

OEMBED = "https://oembed.example.net/resolve?"
client = discord.Client(intents=discord.Intents.default())
tree = app_commands.CommandTree(client)


@tree.command(name="preview")
async def preview(interaction: discord.Interaction, link: str):
    query = urllib.parse.urlencode({"url": link, "maxwidth": 400})
    with urllib.request.urlopen(OEMBED + query, timeout=10) as reply:
        title = reply.headers.get("X-Title", "")
    await interaction.response.send_message(title or link)


if __name__ == "__main__":
    client.run(os.environ["DISCORD_TOKEN"])

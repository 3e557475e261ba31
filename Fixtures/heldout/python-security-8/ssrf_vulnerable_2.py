"""Discord bot command that shows a preview card for a pasted link."""
import os
import urllib.request
from html.parser import HTMLParser

import discord
from discord import app_commands


class TitleParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self._in_title = "", False

    def handle_starttag(self, tag, attrs):
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data


client = discord.Client(intents=discord.Intents.default())
tree = app_commands.CommandTree(client)


@tree.command(name="preview")
async def preview(interaction: discord.Interaction, link: str):
    with urllib.request.urlopen(link, timeout=10) as page:  # expect: ssrf
        parser = TitleParser()
        parser.feed(page.read(200_000).decode("utf-8", "replace"))
    await interaction.response.send_message(parser.title.strip() or link)


if __name__ == "__main__":
    client.run(os.environ["DISCORD_TOKEN"])

import hikari

bot = hikari.GatewayBot(token="...")

watchlist = []


def parse_command(content):
    parts = content.split()
    return parts[0], parts[1:]


@bot.listen()
async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
    if not event.is_human or not event.content or not event.content.startswith("!watch"):
        return
    command, names = parse_command(event.content[1:])
    if command == "watch":
        watchlist.extend(names)
        await event.message.respond(f"Watching {len(watchlist)} titles")


@bot.listen()
async def on_message_unwatch(event: hikari.GuildMessageCreateEvent) -> None:
    if not event.content or not event.content.startswith("!unwatch"):
        return
    prefix = event.content.removeprefix("!unwatch").strip().lower()
    for title in watchlist:
        if title.lower().startswith(prefix):
            watchlist.remove(title)  # expect: modify-list-while-iterating
    await event.message.respond(f"{len(watchlist)} titles left")

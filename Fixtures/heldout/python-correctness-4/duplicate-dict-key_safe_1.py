"""Discord bot reaction roles: emoji -> role name."""
import discord

BASE_ROLES = {"🐍": "python", "🦀": "rust", "☕": "java"}
REACTION_ROLES = {**BASE_ROLES, "🦀": "rust-beginners", "🐹": "go"}

STATUS_TEXT = {"online": "🟢", "idle": "🟡", "dnd": "🔴", "Idle": "🌙"}
ROLE_COLOURS = {1: "red", "1": "red (text id)", (1, "mod"): "gold"}

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_raw_reaction_add(payload: discord.RawReactionActionEvent):
    roles = dict(REACTION_ROLES)
    roles["🎮"] = "games"
    role_name = roles.get(str(payload.emoji))
    if role_name is None:
        return
    guild = client.get_guild(payload.guild_id)
    role = discord.utils.get(guild.roles, name=role_name)
    if role is not None:
        await payload.member.add_roles(role, reason=STATUS_TEXT.get("online", ""))
        print(ROLE_COLOURS.get(role.id, "none"))

"""Discord bot reaction roles: emoji -> role name."""
import discord

REACTION_ROLES = {
    "🐍": "python",
    "🦀": "rust",
    "☕": "java",
    "🐹": "go",
    "🦀": "rust-beginners",  # expect: duplicate-dict-key
}

intents = discord.Intents.default()
intents.members = True
client = discord.Client(intents=intents)


@client.event
async def on_raw_reaction_add(payload: discord.RawReactionActionEvent):
    role_name = REACTION_ROLES.get(str(payload.emoji))
    if role_name is None:
        return
    guild = client.get_guild(payload.guild_id)
    role = discord.utils.get(guild.roles, name=role_name)
    if role is not None:
        await payload.member.add_roles(role, reason="reaction role")


STATUS_TEXT = {"online": "🟢", "idle": "🟡", "dnd": "🔴", "idle": "🌙"}  # expect: duplicate-dict-key

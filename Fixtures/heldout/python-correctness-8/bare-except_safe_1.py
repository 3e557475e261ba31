"""Sopel plugin: unit conversion for the channel."""
from decimal import Decimal, InvalidOperation

from sopel import plugin

FACTORS = {"km": Decimal("0.621371"), "kg": Decimal("2.20462")}


def parse_quantity(text: str) -> tuple[Decimal, str] | None:
    parts = text.split()
    try:
        return Decimal(parts[0]), parts[1].lower()
    except (IndexError, InvalidOperation):
        return None


@plugin.command("conv")
def convert(bot, trigger) -> None:
    parsed = parse_quantity(trigger.group(2) or "")
    if parsed is None:
        bot.reply("usage: .conv <amount> <km|kg>")
        return
    amount, unit = parsed
    factor = FACTORS.get(unit)
    if factor is None:
        bot.reply(f"unknown unit {unit}")
        return
    bot.say(f"{amount} {unit} = {amount * factor:.2f}")

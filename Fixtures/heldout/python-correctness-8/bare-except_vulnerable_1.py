"""Sopel plugin: convert currency amounts posted in the channel."""
from decimal import Decimal

from sopel import plugin

RATES_URL = "https://rates.example.org/latest.json"


def parse_amount(text: str) -> tuple[Decimal, str] | None:
    parts = text.split()
    try:
        return Decimal(parts[0]), parts[1].upper()
    except:  # expect: bare-except
        return None


@plugin.command("fx")
@plugin.example(".fx 12.50 EUR")
def convert(bot, trigger) -> None:
    parsed = parse_amount(trigger.group(2) or "")
    if parsed is None:
        bot.reply("usage: .fx <amount> <currency>")
        return
    amount, currency = parsed
    rates = bot.memory.get("fx_rates", {})
    rate = rates.get(currency)
    if rate is None:
        bot.reply(f"no rate for {currency}")
        return
    bot.say(f"{amount} {currency} = {amount * Decimal(str(rate)):.2f} USD")

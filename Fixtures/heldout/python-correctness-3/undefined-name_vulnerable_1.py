"""Scale a recipe card up or down: python scale.py pancakes.json --servings 6"""
import json
from pathlib import Path

import click


def parse_amount(text):
    whole, _, rest = text.partition(" ")
    if "/" in whole:
        return Fraction(whole)  # expect: undefined-name
    amount = float(whole)
    if rest.startswith("1/2"):
        amount += 0.5
    return amount


@click.command()
@click.argument("card", type=click.Path(exists=True))
@click.option("--servings", type=int, default=4)
def scale(card, servings):
    recipe = json.loads(Path(card).read_text(encoding="utf-8"))
    factor = servings / recipe["servings"]
    click.echo(f"{recipe['title']} for {servings}")
    for item in recipe["ingredients"]:
        qty = parse_amount(item["amount"]) * factor
        click.echo(f"  {qty:g} {item['unit']} {item['name']}")
    if factor > 3:
        click.secho("Large batch: check your pan sizes", fg=warning_colour)  # expect: undefined-name
    click.echo(f"Scaled by {factr:.2f}")  # expect: undefined-name


if __name__ == "__main__":
    scale()

"""A maintenance command: prints the file its operator names (Click)."""
import click


@click.command()
@click.argument("path")
@click.option("--lines", default=20)
def tail(path, lines):
    with open(path, encoding="utf-8") as handle:
        for line in handle.readlines()[-lines:]:
            click.echo(line.rstrip("\n"))


if __name__ == "__main__":
    tail()

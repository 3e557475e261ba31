"""Peewee models for a podcast app: list shows with their latest episode."""
from peewee import CharField, DateTimeField, ForeignKeyField, Model, SqliteDatabase

db = SqliteDatabase("podcasts.db")


class Show(Model):
    title = CharField()

    class Meta:
        database = db


class Episode(Model):
    show = ForeignKeyField(Show, backref="episodes")
    title = CharField()
    published = DateTimeField()

    class Meta:
        database = db


def shows_with_latest() -> list[tuple[str, str | None]]:
    rows = []
    for show in Show.select().order_by(Show.title):
        latest = Episode.select().where(Episode.show == show).order_by(Episode.published.desc()).first()  # expect: n-plus-one-query
        rows.append((show.title, latest.title if latest else None))
    return rows

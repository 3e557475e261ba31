"""Peewee models for a podcast app: list shows with their latest episode."""
from peewee import CharField, DateTimeField, ForeignKeyField, Model, SqliteDatabase, fn

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


def shows_with_latest() -> list[tuple[str, object]]:
    query = (
        Show.select(Show.title, fn.MAX(Episode.published).alias("latest"))
        .join(Episode)
        .group_by(Show.id)
        .order_by(Show.title)
    )
    return [(show.title, show.latest) for show in query]

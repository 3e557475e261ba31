"""Strawberry GraphQL query that looks up a postcode at a fixed geocoder (httpx)."""
import httpx
import strawberry

GEOCODER = "https://geo.example.com/v1/postcodes"


@strawberry.type
class Place:
    postcode: str
    city: str


@strawberry.type
class Query:
    @strawberry.field
    async def place(self, postcode: str) -> Place:
        async with httpx.AsyncClient(timeout=5) as client:
            reply = await client.get(GEOCODER, params={"q": postcode})
        data = reply.json()
        return Place(postcode=postcode, city=data.get("city", ""))

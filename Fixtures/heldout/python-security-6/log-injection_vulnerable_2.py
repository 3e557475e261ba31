"""aiogram bot for the shop's support chat; messages are audited with loguru."""
from aiogram import Dispatcher, F, Router
from aiogram.types import Message
from loguru import logger

router = Router()
dp = Dispatcher()
dp.include_router(router)


@router.message(F.text.startswith("/order"))
async def order_status(message: Message):
    reference = message.text.removeprefix("/order").strip()
    logger.info(f"order lookup {reference} by {message.from_user.id}")  # expect: log-injection
    await message.answer("Looking it up…")


@router.message(F.text)
async def complaint(message: Message):
    topic = message.text.split(":", 1)[0]
    logger.warning("complaint topic: " + topic)  # expect: log-injection
    await message.answer("Thanks, a person will reply soon.")

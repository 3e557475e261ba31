"""aiogram bot for the shop's support chat; messages are audited with loguru."""
from aiogram import Dispatcher, F, Router
from aiogram.types import Message
from loguru import logger

router = Router()
dp = Dispatcher()
dp.include_router(router)

TOPICS = {"delivery", "refund", "payment", "other"}


@router.message(F.text.startswith("/order"))
async def order_status(message: Message):
    reference = message.text.removeprefix("/order").strip()
    if reference.isdigit():
        logger.info("order lookup {} by {}", int(reference), message.from_user.id)
    await message.answer("Looking it up…")


@router.message(F.text)
async def complaint(message: Message):
    topic = message.text.split(":", 1)[0].strip().lower()
    logger.warning("complaint topic: {}", topic if topic in TOPICS else "other")
    await message.answer("Thanks, a person will reply soon.")

import zulip

TOPIC_STREAMS = {"deploys": "ops", "incidents": "ops", "releases": "product"}


class DigestHandler:
    def __init__(self):
        self.already_sent = set()

    def usage(self):
        return "Ask me `digest <stream>` for the last unread topics."

    def topics_for(self, client, stream, limit=20, skip_topics=frozenset()):
        result = client.get_stream_topics(client.get_stream_id(stream)["stream_id"])
        wanted = skip_topics | self.already_sent
        names = [t["name"] for t in result.get("topics", []) if t["name"] not in wanted]
        self.already_sent.update(names[:limit])
        return names[:limit]

    def handle_message(self, message, bot_handler):
        words = message["content"].split()
        if len(words) != 2 or words[0] != "digest":
            bot_handler.send_reply(message, self.usage())
            return
        client = zulip.Client(config_file="~/.zuliprc")
        topics = self.topics_for(client, words[1])
        reply = "\n".join(f"* {name}" for name in topics) or "Nothing new."
        bot_handler.send_reply(message, reply)


handler_class = DigestHandler

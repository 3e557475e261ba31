class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


class PluginBase:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[name or cls.__name__.lower()] = cls

    def run(this, payload):
        return this.handle(payload)

    def handle(self, payload):
        raise NotImplementedError


class Upper(PluginBase, name="upper"):
    def handle(self, payload):
        return payload.upper()

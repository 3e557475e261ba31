import logging

import anyio

log = logging.getLogger("heartbeat")


async def ping(host, port, timeout=2.0):
    ok = False
    try:
        with anyio.fail_after(timeout):
            stream = await anyio.connect_tcp(host, port)
            await stream.send(b"PING\n")
            ok = (await stream.receive(64)).startswith(b"PONG")
            await stream.aclose()
    except TimeoutError:
        log.warning("%s:%d timed out", host, port)
    finally:
        return ok  # expect: return-in-finally


async def main(targets):
    results = {}

    async def check(host, port):
        results[f"{host}:{port}"] = await ping(host, port)

    async with anyio.create_task_group() as tg:
        for host, port in targets:
            tg.start_soon(check, host, port)
    for target, ok in sorted(results.items()):
        print(f"{'up  ' if ok else 'DOWN'} {target}")


if __name__ == "__main__":
    anyio.run(main, [("10.0.0.5", 7000), ("10.0.0.6", 7000)])

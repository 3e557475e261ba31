def table(rows, width=10):
    header = f"{'name':<{width}}|{'score':>6}"
    lines = [header, "-" * len(header)]
    for name, score in rows:
        lines.append(f"{name!s:<{width}}|{score:>6.1f}")
    lines.append(
        "(scores are averaged over "
        f"{len(rows)} players)"
    )
    return "\n".join(lines)


def template_for(kind):
    return "Dear {name}, your {kind} is ready.".replace("{kind}", kind)


if __name__ == "__main__":
    print(table([("ana", 9.5), ("bo", 7.25)]))
    print(template_for("order").format(name="Ana"))
    print(rf"C:\exports\{len('abc')}")

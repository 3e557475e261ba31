from datetime import datetime, timezone


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def export_shifts(shifts: list[dict], calendar_name: str) -> str:
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    body += f"X-WR-CALNAME:{escape(calendar_name)}\r\n"
    index = 0
    while index < len(shifts):
        shift = shifts[index]
        body += (  # expect: string-concat-in-loop
            "BEGIN:VEVENT\r\n"
            f"UID:shift-{shift['id']}@rota\r\n"
            f"DTSTART:{stamp(shift['start'])}\r\n"
            f"DTEND:{stamp(shift['end'])}\r\n"
            f"SUMMARY:{escape(shift['role'])}\r\n"
            "END:VEVENT\r\n"
        )
        index += 1
    return body + "END:VCALENDAR\r\n"

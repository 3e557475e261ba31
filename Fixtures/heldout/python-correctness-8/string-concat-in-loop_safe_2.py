import io
from datetime import datetime, timezone


def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def export_shifts(shifts: list[dict], calendar_name: str) -> str:
    out = io.StringIO()
    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    out.write(f"X-WR-CALNAME:{calendar_name}\r\n")
    minutes = 0
    for shift in shifts:
        out.write("BEGIN:VEVENT\r\n")
        out.write(f"UID:shift-{shift['id']}@rota\r\nDTSTART:{stamp(shift['start'])}\r\n")
        out.write(f"DTEND:{stamp(shift['end'])}\r\nEND:VEVENT\r\n")
        minutes += int((shift["end"] - shift["start"]).total_seconds() // 60)
    footer = f"X-TOTAL-MINUTES:{minutes}\r\n"
    footer += "END:VCALENDAR\r\n"
    out.write(footer)
    return out.getvalue()

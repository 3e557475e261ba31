"""Ariadne resolvers serving course attachments; paths are confined to the course folder."""
import os
import re

from ariadne import QueryType

query = QueryType()
COURSES = os.path.realpath("/srv/lms/courses")
COURSE_ID = re.compile(r"[a-z0-9-]{3,40}")


def _attachment_path(course, name):
    if not COURSE_ID.fullmatch(course):
        raise ValueError("bad course id")
    base = os.path.join(COURSES, course, "attachments")
    candidate = os.path.realpath(os.path.join(base, os.path.basename(name)))
    if os.path.commonpath([candidate, base]) != base:
        raise ValueError("outside the course")
    return candidate


@query.field("attachmentText")
def resolve_attachment_text(_, info, course, name):
    with open(_attachment_path(course, name), encoding="utf-8") as handle:
        return handle.read()

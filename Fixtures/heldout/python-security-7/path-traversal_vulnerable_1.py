"""Ariadne resolvers serving course attachments stored on disk."""
import os
import shutil

from ariadne import MutationType, QueryType

query = QueryType()
mutation = MutationType()
COURSES = "/srv/lms/courses"


def _attachment_path(course, name):
    return os.path.join(COURSES, course, "attachments", name)


@query.field("attachmentText")
def resolve_attachment_text(_, info, course, name):
    with open(_attachment_path(course, name), encoding="utf-8") as handle:  # expect: path-traversal
        return handle.read()


@mutation.field("archiveAttachment")
def resolve_archive(_, info, course, name):
    source = _attachment_path(course, name)
    shutil.move(source, COURSES + "/" + course + "/archive/")  # expect: path-traversal
    return True

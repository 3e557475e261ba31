"""The same search with the term escaped."""
import re


def matching_lines(lines, term):
    pattern = re.compile(".*" + re.escape(term) + ".*", re.IGNORECASE)
    return [line for line in lines if pattern.match(line)]

"""Search helpers of a log viewer plugin."""
import re


def matching_lines(lines, term):
    pattern = re.compile(".*" + term + ".*", re.IGNORECASE)  # expect: regex-injection
    return [line for line in lines if pattern.match(line)]

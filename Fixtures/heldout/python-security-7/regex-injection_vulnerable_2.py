"""Streamlit log explorer for the support team."""
import regex
import streamlit as st

from .logs import load_lines

st.title("Log explorer")
service = st.selectbox("Service", ["api", "worker", "billing"])
needle = st.text_input("Pattern")
replacement = st.text_input("Mask with", value="***")


def matching(lines, expression):
    compiled = regex.compile(expression, regex.IGNORECASE)  # expect: regex-injection
    return [line for line in lines if compiled.search(line)]


if needle:
    lines = load_lines(service)
    shown = matching(lines, needle)
    masked = [regex.sub(needle, replacement, line) for line in shown]  # expect: regex-injection
    st.code("\n".join(masked))

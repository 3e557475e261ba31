"""Streamlit log explorer for the support team: plain substring search."""
import streamlit as st

from .logs import load_lines

st.title("Log explorer")
service = st.selectbox("Service", ["api", "worker", "billing"])
needle = st.text_input("Text")
replacement = st.text_input("Mask with", value="***")


def matching(lines, text):
    lowered = text.lower()
    return [line for line in lines if lowered in line.lower()]


if needle:
    lines = load_lines(service)
    shown = matching(lines, needle)
    masked = [line.replace(needle, replacement) for line in shown]
    st.code("\n".join(masked))

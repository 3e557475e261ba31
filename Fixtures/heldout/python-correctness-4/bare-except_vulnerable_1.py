"""Streamlit app: upload a CSV of lab measurements and plot it."""
import io

import pandas as pd
import streamlit as st

st.title("Measurement viewer")
uploaded = st.file_uploader("CSV file", type=["csv"])


def parse(raw: bytes) -> pd.DataFrame | None:
    try:
        return pd.read_csv(io.BytesIO(raw), parse_dates=["timestamp"])
    except:  # expect: bare-except
        return None


if uploaded is not None:
    frame = parse(uploaded.getvalue())
    if frame is None:
        st.error("Could not read that file as CSV.")
    else:
        column = st.selectbox("Quantity", [c for c in frame.columns if c != "timestamp"])
        try:
            st.line_chart(frame.set_index("timestamp")[column])
        except:  # expect: bare-except
            st.warning("That column cannot be plotted.")
        st.dataframe(frame.describe())

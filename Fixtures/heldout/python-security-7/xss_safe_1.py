"""Streamlit customer-feedback board; user text is escaped or shown as plain text."""
import html

import streamlit as st
import streamlit.components.v1 as components

from .feedback import latest_reviews


def review_card(review):
    return (
        "<div class='card'>"
        f"<h4>{html.escape(review['author'])}</h4>"
        f"<p>{html.escape(review['text'])}</p>"
        "</div>"
    )


st.title("Customer feedback")
product = st.text_input("Product filter")
st.subheader(f"Results for {product}")
for review in latest_reviews(product):
    components.html(review_card(review), height=160)

"""Streamlit customer-feedback board; reviews are written by customers on the shop site."""
import streamlit as st
import streamlit.components.v1 as components

from .feedback import latest_reviews


def review_card(review):
    return (
        "<div class='card'>"
        f"<h4>{review['author']}</h4>"
        f"<p>{review['text']}</p>"
        "</div>"
    )


st.title("Customer feedback")
product = st.text_input("Product filter")
st.markdown(f"<h3>Results for {product}</h3>", unsafe_allow_html=True)  # expect: xss
for review in latest_reviews(product):
    components.html(review_card(review), height=160)  # expect: xss

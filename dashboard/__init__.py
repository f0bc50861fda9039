"""Streamlit + folium dashboard over the dronemap store."""

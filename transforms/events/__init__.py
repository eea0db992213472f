"""Pieces of the event-mention tagger (transforms/mentions.py): numbers,
dates, places, actors and trigger lexicons, each pure functions over text."""

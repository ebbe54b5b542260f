"""Interception-claims analyst: news articles in, tidy tables, statistics and a report out."""

__version__ = "0.1.0"

"""MentorDesk: run a mentoring program offline, from one file."""

__version__ = "0.1.0"

"""The core of MentorDesk: plain Python, never Qt."""

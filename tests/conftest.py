"""Hypothesis without its per-example deadline: shared CI machines are noisy, and a slow example under
load is no failure of the property (one such flake was seen with helpers running tests side by side)."""

from hypothesis import settings

settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

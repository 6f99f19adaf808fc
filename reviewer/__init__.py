"""Clip sign-off desk."""

__version__ = "0.1.0"
APP_NAME = "reviewer"

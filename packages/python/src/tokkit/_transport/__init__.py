"""Sending built requests: retry policy, reading one exchange, the sync and async loops."""

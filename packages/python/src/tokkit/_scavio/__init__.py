"""The Scavio TikTok API: its catalogue and endpoint tree (generated from spec.scavio.json) and its clients.

`import tokkit` does not load this package; `tokkit.Scavio` (or `AsyncScavio`) does, on first use.
"""

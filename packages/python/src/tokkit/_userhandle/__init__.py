"""The user-handle API: its catalogue and endpoint tree (generated from spec.userhandle.json) and its clients.

`import tokkit` does not load this package; `tokkit.UserHandleAPI` (or `AsyncUserHandleAPI`) does, on first use.
"""

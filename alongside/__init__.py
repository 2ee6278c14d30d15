"""Alongside's shared kernel: what every app may use; it knows nothing of any app.

The content cache (cache, middleware), numbers, CSV safety (csvsafe), single-line
name fields (fields), URL converters, the signals between the apps (signals), the
extension points the apps plug into (extensions), date formats, static storage and
error reporting. It imports no app of the project: `make lint` checks.
"""

"""Static files in production: hashed names and compressed copies (WhiteNoise)."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns):
    return tuple(
        (
            extension,
            tuple(
                p
                for p in rules
                if "sourceMappingURL" not in (p if isinstance(p, str) else p[0])
            ),
        )
        for extension, rules in patterns
    )


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's storage, tolerant of third-party source-map comments.

    Packages (the NHS.UK frontend among them) ship CSS and JS that name a ``.map`` file
    they do not include; rewriting those comments made ``collectstatic`` fail. Maps
    are for developer tools only, so the comments are left as they are, and a missing
    file at run time falls back to its plain name instead of an error page.
    """

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)
    manifest_strict = False

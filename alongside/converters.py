"""Path converters for the site's URLs."""

# The largest id any of our databases holds: SQLite and PostgreSQL's bigint are
# signed 64-bit. SQLite raises OverflowError for anything larger, and Django does
# not range-check every lookup (a page's primary key is a one-to-one link).
ID_MAX = 2**63 - 1


class IdConverter:
    """A database id in a URL: a larger number matches no route, so it is a 404."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        if len(value) > len(str(ID_MAX)) or int(value) > ID_MAX:
            raise ValueError("No id is this large.")
        return int(value)

    def to_url(self, value) -> str:
        return str(value)

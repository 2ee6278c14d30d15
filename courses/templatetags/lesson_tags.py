"""Render a lesson's body once per published revision, not on every request."""

from django import template
from django.utils.safestring import mark_safe

from alongside.cache import versioned_get_or_set

register = template.Library()

# Blocks whose HTML depends on who is reading (a form with their CSRF token); they
# are rendered on each request, everything else comes from the cache, shared by
# every reader. tests/courses/test_cache_per_reader.py renders every kind of block
# for two readers and fails if one that differs is missing here.
PER_READER_BLOCKS = {"reflection_prompt"}
BODY_TIMEOUT = 60 * 60


def _render(block, context, index):
    # As `{% for block in page.body %}{% include_block block %}` passes it.
    flat = context.flatten()
    flat["forloop"] = {"counter": index + 1}
    return str(block.render_as_block(context=flat))


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The page's StreamField body, as `{% include_block %}` would render it."""
    request = context.get("request")
    if getattr(request, "is_preview", False) or not page.pk:
        return mark_safe(  # nosec B308 B703  # noqa: S308 (blocks render through their templates)
            "".join(_render(block, context, i) for i, block in enumerate(page.body))
        )
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    segments = versioned_get_or_set(
        f"body:{page.pk}:{page.live_revision_id}:{page.latest_revision_id}:{published}",
        lambda: [
            index
            if block.block_type in PER_READER_BLOCKS
            else _render(block, context, index)
            for index, block in enumerate(page.body)
        ],
        BODY_TIMEOUT,
    )
    return mark_safe(  # nosec B308 B703  # noqa: S308
        "".join(
            _render(page.body[segment], context, segment)
            if isinstance(segment, int)
            else segment
            for segment in segments
        )
    )


@register.simple_tag(takes_context=True)
def reflection_form(context):
    """This reflection prompt's form on the page being read: its id and the draft
    left there, as the page that serves the lesson provides them (or None)."""
    counter = (context.get("forloop") or {}).get("counter")
    return (context.get("reflection_forms") or {}).get(counter)

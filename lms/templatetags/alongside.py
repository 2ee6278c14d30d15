"""Template helpers: form widgets in NHS.UK frontend style, and the support panel."""

from django import forms, template

from courses.selectors import support_signposts

register = template.Library()

_WIDGET_CLASSES = {
    forms.Textarea: "nhsuk-textarea",
    forms.Select: "nhsuk-select",
    forms.CheckboxInput: "nhsuk-checkboxes__input",
}


@register.filter
def is_checkbox(field) -> bool:
    """True for a single checkbox field."""
    return isinstance(field.field.widget, forms.CheckboxInput)


@register.simple_tag
def nhsuk_widget(field):
    """Render a field's widget with NHS.UK classes and its hint and error described."""
    widget = field.field.widget
    css = next(
        (c for cls, c in _WIDGET_CLASSES.items() if isinstance(widget, cls)),
        "nhsuk-input",
    )
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    attrs = {"class": css}
    if has_counter(field):
        described.append(f"{field.auto_id}-count")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
        attrs["class"] = f"{css} {css.split('__')[0]}--error"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter
def has_counter(field) -> bool:
    """Whether the field's box has a character or word counter under it."""
    return "data-count" in field.field.widget.attrs


@register.simple_tag(takes_context=True)
def support_entries(context):
    """Crisis entries for the support panel: the nation chosen on the page, else
    the signed-in person's own."""
    if "nation" in context:
        return support_signposts(context["nation"] or "")
    request = context.get("request")
    user = getattr(request, "user", None)
    nation = getattr(user, "nation", "") if user is not None else ""
    return support_signposts(nation or "")


@register.simple_tag(takes_context=True)
def nav_links(context):
    """Main-menu links the feature apps add for the signed-in person."""
    from alongside import extensions

    request = context.get("request")
    return extensions.nav_links(getattr(request, "user", None))

"""Template helpers for cohort pages and the notifications count in the header."""

from django import template
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..selectors import STATUS_LABELS, unread_count

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    return STATUS_LABELS.get(value, value)


@register.filter
def fact_label(name: str) -> str:
    """A registered fact's name as a column heading ("practice_hours" → "Practice
    hours")."""
    return name.replace("_", " ").capitalize()


@register.filter
def percent(value) -> str:
    return "" if value is None else f"{round(float(value) * 100)}%"


@register.simple_tag(takes_context=True)
def notifications_unread(context) -> int:
    """Unread notifications of the signed-in person (one query, once per page)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    cached = getattr(request, "_unread_notifications", None)
    if cached is None:
        cached = unread_count(user)
        request._unread_notifications = cached
    return cached


@register.filter
def get_index(sequence, index):
    """sequence[index], or None."""
    try:
        return sequence[index]
    except (IndexError, TypeError):
        return None


@register.filter
def module_cell(cell) -> str:
    """One gradebook cell as HTML, built in Python: a template include per cell is
    too slow for 500 trainees × 12 modules."""
    parts = []
    if cell.complete:
        parts.append("<strong>Done</strong>")
    else:
        parts.append(
            format_html("{} of {} lessons", cell.lessons_done, cell.lessons_total)
        )
    if cell.quizzes_total:
        if cell.quiz_attempts:
            parts.append(
                format_html(
                    "Quiz: best {}%, {} attempt{}",
                    round(cell.quiz_best or 0),
                    cell.quiz_attempts,
                    "" if cell.quiz_attempts == 1 else "s",
                )
            )
        else:
            parts.append("Quiz: not tried")
    if cell.scenarios_total:
        text = format_html(
            "Scenarios: {} of {} passed", cell.scenarios_passed, cell.scenarios_total
        )
        if cell.unsafe_choices:
            text += format_html(" ({} with an unsafe choice)", cell.unsafe_choices)
        parts.append(text)
    for written in cell.written:
        if written["status"] == "submitted":
            state = mark_safe("<strong>to mark</strong>")  # nosec B308  # noqa: S308 - constant
        elif written["points"] is not None:
            state = format_html(
                "{} points{}",
                written["points"],
                ", passed" if written["passed"] else "",
            )
        else:
            state = written["status"]
        parts.append(format_html("{}: {}", written["title"], state))
    if cell.awaiting_marking:
        parts.append("<strong>Quiz answers to mark</strong>")
    if cell.due_on:
        due = format_html("Due {}", date_format(cell.due_on, "j M"))
        if cell.overdue:
            due += mark_safe(' <strong class="alongside-flag">overdue</strong>')  # nosec B308  # noqa: S308
        parts.append(due)
    return mark_safe("<br>".join(str(p) for p in parts))  # nosec B308 B703  # noqa: S308 - parts escaped


@register.simple_tag
def gradebook_rows(rows, book, cohort) -> str:
    """Every gradebook row as HTML in one pass (500 × 12 cells through the template
    engine takes seconds; this takes a small fraction of that)."""
    link = reverse("cohorts:trainee", args=[cohort.pk, 0])
    prefix, suffix = link.rsplit("/0/", 1)
    stuck = mark_safe('<br><strong class="alongside-flag">May be stuck</strong>')  # nosec B308  # noqa: S308
    out = []
    for row in rows:
        facts = "".join(
            str(
                format_html(
                    "<td>{}</td>",
                    "–" if row.facts.get(n) is None else row.facts.get(n),
                )
            )
            for n in book.fact_names
        )
        cells = "".join(f"<td>{module_cell(cell)}</td>" for cell in row.cells)
        out.append(
            format_html(
                '<tr><th scope="row"><a href="{}/{}/{}">{}</a></th><td>{}{}</td>',
                prefix,
                row.user_id,
                suffix,
                row.name,
                STATUS_LABELS.get(row.status, row.status),
                stuck if row.stuck else "",
            )
            + mark_safe(cells + facts + "</tr>")  # nosec B308 B703  # noqa: S308 - built from escaped parts
        )
    return mark_safe("".join(str(r) for r in out))  # nosec B308 B703  # noqa: S308

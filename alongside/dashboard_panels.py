"""Dashboard panels for the Wagtail admin's home: what needs someone today.

Each app adds its own with Wagtail's ``construct_homepage_panels`` hook (so no
layer names a higher one); they share this look: a heading, a count, the oldest
item's age, a few items each linking to its task, and a link to the whole list.
"""

from dataclasses import dataclass, field

from wagtail.admin.ui.components import Component


@dataclass(frozen=True)
class TaskItem:
    """One thing to do: what it is, where it is done, and a detail (an age, a count)."""

    label: str
    url: str
    detail: str = ""


@dataclass
class TaskPanel(Component):
    """A dashboard panel listing tasks; shown only when there is something to do."""

    name: str
    heading: str
    summary: str
    items: list[TaskItem] = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""
    order: int = 100
    template_name = "alongside/task_panel.html"

    def get_context_data(self, parent_context=None):
        return {"panel": self}

    def render_html(self, parent_context=None):
        if not self.items:
            return ""
        return super().render_html(parent_context)

"""Admin panels that show a trainer the authoring checks while they edit."""

from wagtail.admin.panels import HelpPanel


class AuthoringChecksPanel(HelpPanel):
    """Warnings when a quiz or scenario could be passed without judgement."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "assessments/admin/authoring_checks_panel.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def warnings(self) -> list[str]:
            # Imported here: services import the models this panel is declared on.
            from .services import authoring_warnings

            return authoring_warnings(self.instance)

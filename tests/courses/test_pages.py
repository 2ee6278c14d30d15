"""The page tree: where each page type may go, that each renders, and module rules."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from courses.factories import (
    CoursePageFactory,
    HomePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
)
from courses.models import (
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    OrganisationIndexPage,
    ProgrammePage,
)
from lms.awareness.models import AwarenessCoursePage
from lms.cohorts.models import FeedbackFormPage
from lms.services import enrolment_create, roles_sync


class PageTreeTests(WagtailPageTestCase):
    """Each level of the curriculum goes under the one above it, and nowhere else."""

    @classmethod
    def setUpTestData(cls):
        roles_sync()
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, title="Alongside")
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": cls.home},
        )
        cls.programme = ProgrammePageFactory(parent=cls.home, title="Foundation")
        cls.course = CoursePageFactory(parent=cls.programme, title="Core course")
        cls.module = ModulePageFactory(parent=cls.course, title="Listening well")
        cls.lesson = LessonPageFactory(parent=cls.module, title="Open questions")
        cls.learner = cls.create_user("learner", email="learner@example.org")
        enrolment_create(user=cls.learner, programme=cls.programme)

    def test_each_level_can_be_created_under_the_one_above(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanCreateAt(HomePage, ProgrammePage)
        self.assertCanCreateAt(ProgrammePage, CoursePage)
        self.assertCanCreateAt(CoursePage, ModulePage)
        self.assertCanCreateAt(ModulePage, LessonPage)

    def test_levels_cannot_be_skipped_or_swapped(self):
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(ProgrammePage, ModulePage)
        self.assertCanNotCreateAt(ProgrammePage, LessonPage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanNotCreateAt(Page, ProgrammePage)

    def test_allowed_children_are_exactly_the_next_level(self):
        # The home page also holds the short staff-awareness course (lms.awareness).
        # ... and each organisation's own programmes (made with the organisation).
        self.assertAllowedSubpageTypes(
            HomePage, {ProgrammePage, AwarenessCoursePage, OrganisationIndexPage}
        )
        self.assertAllowedSubpageTypes(OrganisationIndexPage, {ProgrammePage})
        self.assertFalse(OrganisationIndexPage.is_creatable)
        # Programmes also hold the end-of-course feedback form (lms.cohorts).
        self.assertAllowedSubpageTypes(ProgrammePage, {CoursePage, FeedbackFormPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        # Modules also hold assessments, so only check that lessons are among them.
        self.assertIn(LessonPage, ModulePage.allowed_subpage_models())

    def test_only_one_home_page(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_pages_render_for_visitors(self):
        for page in [self.home, self.programme, self.course, self.module]:
            self.assertPageIsRenderable(page)

    def test_pages_show_their_content(self):
        self.assertContains(self.client.get(self.home.url), "Foundation")
        self.assertContains(self.client.get(self.programme.url), "Listening well")
        self.assertContains(self.client.get(self.course.url), "Listening well")
        self.assertContains(self.client.get(self.module.url), "Open questions")

    def test_lesson_renders_for_an_enrolled_learner(self):
        self.assertPageIsRenderable(self.lesson, user=self.learner)
        self.client.force_login(self.learner)
        self.assertContains(self.client.get(self.lesson.url), "Listening well takes")

    def test_lesson_redirects_a_visitor_to_sign_in(self):
        self.assertPageIsRenderable(self.lesson, accept_redirect=True)
        response = self.client.get(self.lesson.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response.url)

    def _edit_data(self, page, **streams):
        """The edit form as the admin shows it, with StreamFields filled in.

        StreamField inputs are built by JavaScript, so they are not in the HTML.
        """
        self.client.force_login(self.editor)
        html = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        data.update(nested_form_data(streams))
        return data

    @classmethod
    def _streams(cls, page):
        if isinstance(page, ModulePage):
            return {"learning_outcomes": streamfield([("outcome", "Listen well.")])}
        if isinstance(page, LessonPage):
            return {
                "body": streamfield(
                    [("rich_text", rich_text("<p>Open questions help.</p>"))]
                )
            }
        return {}

    def test_pages_are_editable_in_the_admin(self):
        self.editor = self.create_superuser("editor", email="editor@example.org")
        for page in [self.programme, self.course, self.module, self.lesson]:
            data = self._edit_data(page, **self._streams(page))
            self.assertPageIsEditable(page, post_data=data, user=self.editor)

    def test_an_edited_lesson_reaches_learners_once_published(self):
        self.editor = self.create_superuser("editor", email="editor@example.org")
        data = self._edit_data(self.lesson, **self._streams(self.lesson))
        data["title"] = "Open questions, revised"
        data["action-publish"] = "action-publish"

        response = self.client.post(f"/admin/pages/{self.lesson.pk}/edit/", data)

        self.assertEqual(response.status_code, 302)
        self.client.force_login(self.learner)
        lesson = self.client.get(self.lesson.url)
        self.assertContains(lesson, "Open questions, revised")
        self.assertContains(lesson, "Open questions help.")

    def test_pages_are_previewable_in_the_admin(self):
        self.editor = self.create_superuser("editor", email="editor@example.org")
        for page in [self.home, self.programme, self.course, self.module, self.lesson]:
            data = self._edit_data(page, **self._streams(page))
            self.assertPageIsPreviewable(page, post_data=data, user=self.editor)


def _module(**kwargs):
    defaults = {
        "title": "Safeguarding",
        "slug": "safeguarding",
        "summary": "Keeping people safe.",
    }
    return ModulePage(**{**defaults, **kwargs})


@pytest.mark.django_db  # ModulePage() looks up its content type
def test_difficult_module_needs_a_content_note():
    module = _module(is_difficult=True, content_note="   ")

    with pytest.raises(ValidationError) as error:
        module.clean()

    assert "content_note" in error.value.message_dict
    assert error.value.message_dict["content_note"] == [
        "A module marked as difficult needs a content note for learners."
    ]


@pytest.mark.django_db  # ModulePage() looks up its content type
def test_module_with_a_note_is_valid():
    module = _module(is_difficult=True, content_note="This module talks about suicide.")

    module.clean()


@pytest.mark.django_db
def test_admin_refuses_to_publish_a_difficult_module_without_a_note(
    client, site_admin, programme_tree
):
    _programme, _course, [(module, _lessons), _second] = programme_tree
    client.force_login(site_admin)
    edit_url = f"/admin/pages/{module.pk}/edit/"
    data = querydict_from_html(
        client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data.update(nested_form_data({"learning_outcomes": streamfield([])}))
    data["is_difficult"] = "on"
    data["content_note"] = ""
    data["action-publish"] = "action-publish"

    response = client.post(edit_url, data)

    assert response.status_code == 200
    assert "A module marked as difficult needs a content note for learners." in (
        response.content.decode()
    )
    module.refresh_from_db()
    assert module.is_difficult is False

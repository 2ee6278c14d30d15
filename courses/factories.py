"""Factories for authored content, shared by the tests and the demo seed."""

import json

import factory
import wagtail_factories

from .models import (
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    Signpost,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Alongside"
    slug = factory.Sequence(lambda n: f"home-{n}")

    class Meta:
        model = HomePage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    summary = "Training for perinatal peer supporters."
    self_enrolment = True

    class Meta:
        model = ProgrammePage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "What this module covers."
    estimated_minutes = 60

    class Meta:
        model = ModulePage


def lesson_body(text: str = "Listening well takes practice.") -> str:
    """A small lesson body in StreamField's JSON form."""
    return json.dumps(
        [
            {"type": "rich_text", "value": f"<p>{text}</p>"},
            {
                "type": "callout",
                "value": {
                    "style": "key_point",
                    "heading": "Key point",
                    "text": f"<p>{text}</p>",
                },
            },
        ]
    )


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "A short lesson."
    estimated_minutes = 15
    body = factory.LazyFunction(lesson_body)

    class Meta:
        model = LessonPage


class SignpostFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Helpline {n}")
    category = "listening"
    purpose = "Someone to talk to, any time."
    phone = "116 123"
    hours = "24 hours a day"
    is_crisis = True

    class Meta:
        model = Signpost

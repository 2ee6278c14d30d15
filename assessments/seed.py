"""Creating quizzes and scenarios from plain data (used by the demo seed)."""

import json
import uuid

from django.db import transaction
from django.utils.html import linebreaks

from courses.models import LessonPage, ModulePage, ProgrammePage

from .importers.service import question_problems
from .models import (
    QUESTION_TYPES,
    FeedbackTiming,
    FreeTextScenarioPage,
    Question,
    QuestionCategory,
    QuizPage,
    QuizQuestionSlot,
    QuizRandomDraw,
    Rubric,
    ScenarioPage,
)


class DemoContentError(ValueError):
    """Demo data holds something an author could not save through the admin or an
    import; the seed stops and says what."""


_NAMESPACE = uuid.UUID("0b4b8f0e-7d8e-4c0c-8f43-5d1c2b6a9e21")


def _html(text: str) -> str:
    text = (text or "").strip()
    return text if text.startswith("<") else linebreaks(text, autoescape=True)


def _sid(*parts) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(str(p) for p in parts)))


def _modules_by_code(programme: ProgrammePage) -> dict[str, ModulePage]:
    return {
        m.code: m for m in ModulePage.objects.descendant_of(programme).exclude(code="")
    }


def question_create(
    *, data: dict, category: QuestionCategory, lessons: dict
) -> Question:
    """One question from the interchange form (see ``Question.to_dict``), refused
    (``DemoContentError``) if it holds what an author could not import or save."""
    problems = question_problems({**data, "text": _html(data.get("text", ""))})
    if problems:
        raise DemoContentError(
            f"The question “{data.get('name', '')}” would be refused: "
            + " ".join(str(problem) for problem in problems)
        )
    model = QUESTION_TYPES[data["type"]]
    question = model(
        name=data["name"][:255],
        category=category,
        text=_html(data["text"]),
        general_feedback=_html(data.get("general_feedback", "")),
        is_safety_critical=bool(data.get("safety_critical", False)),
        teaches=lessons.get(data.get("teaches", "")),
        **model.fields_from_dict(data),
    )
    question.full_clean(exclude=["collection", "tags"])
    question.save()
    return question


@transaction.atomic
def quizzes_seed(*, programme: ProgrammePage, quizzes: list[dict]) -> list[QuizPage]:
    """A category, its questions and a quiz page per module (idempotent by slug)."""
    modules = _modules_by_code(programme)
    created = []
    for data in quizzes:
        module = modules.get(data["module"])
        if module is None:
            continue
        existing = QuizPage.objects.child_of(module).filter(slug=data["slug"]).first()
        if existing is not None:
            created.append(existing)
            continue
        category, _ = QuestionCategory.objects.get_or_create(
            name=f"{module.code} {module.title}"[:200]
        )
        draw = data.get("draw")
        must_pass = category
        if draw and draw.get("must_pass"):
            must_pass, _ = QuestionCategory.objects.get_or_create(
                name=f"{module.code} {module.title}: must-pass"[:200]
            )
        lessons = {
            lesson.slug: lesson for lesson in LessonPage.objects.child_of(module)
        }
        questions = [
            question_create(
                data=q,
                category=must_pass if q.get("safety_critical") else category,
                lessons=lessons,
            )
            for q in data["questions"]
        ]
        quiz = QuizPage(
            title=data["title"],
            slug=data["slug"],
            intro=_html(
                data.get(
                    "intro",
                    "A short check of what you have learned in this module. "
                    "Take your time: you can save and come back.",
                )
            ),
            pass_mark=data.get("pass_mark", 80),
            # Quizzes with must-pass questions say "after_pass" in their data.
            feedback_timing=data.get("feedback_timing", FeedbackTiming.IMMEDIATELY),
            minutes_between_attempts=data.get("minutes_between_attempts", 0),
        )
        # With a draw, each attempt takes some questions from each bank at random
        # (essays are always asked); without one, every question every time.
        fixed = [q for q in questions if not draw or q.marked_by_hand]
        for order, question in enumerate(fixed):
            quiz.slots.add(QuizQuestionSlot(question=question, sort_order=order))
        if draw:
            if draw.get("must_pass"):
                quiz.draws.add(
                    QuizRandomDraw(
                        category=must_pass, count=draw["must_pass"], sort_order=0
                    )
                )
            quiz.draws.add(
                QuizRandomDraw(category=category, count=draw["other"], sort_order=1)
            )
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
        created.append(quiz)
    return created


def _node_stream(slug: str, nodes: list[dict]) -> list[dict]:
    stream = []
    for node in nodes:
        stream.append(
            {
                "type": "node",
                "id": _sid(slug, node["key"]),
                "value": {
                    "key": node["key"],
                    "title": node.get("title", node["key"]),
                    "text": _html(node.get("text", "")),
                    "media": None,
                    "transcript": "",
                    "is_end": bool(node.get("end", False)),
                    "debrief": _html(node.get("debrief", ""))
                    if node.get("end")
                    else "",
                    "choices": [
                        {
                            "type": "item",
                            "id": _sid(slug, node["key"], index),
                            "value": {
                                "text": c["text"],
                                "goto": c["goto"],
                                "feedback": c["feedback"],
                                "rating": c["rating"],
                                "points": int(c.get("points", 0)),
                                "delays_escalation": bool(
                                    c.get("delays_escalation", False)
                                ),
                            },
                        }
                        for index, c in enumerate(node.get("choices", []))
                    ],
                },
            }
        )
    return stream


@transaction.atomic
def scenarios_seed(
    *, programme: ProgrammePage, branching: list[dict], free_text: list[dict]
) -> dict[str, list]:
    """Branching and free-text scenario pages, and their rubrics (idempotent)."""
    modules = _modules_by_code(programme)
    made = {"branching": [], "free_text": []}
    for data in branching:
        module = modules.get(data["module"])
        if module is None:
            continue
        page = ScenarioPage.objects.child_of(module).filter(slug=data["slug"]).first()
        if page is None:
            rule = data.get("pass_rule", {})
            # An alternative a trainee may take instead: the original comes first.
            original = (
                ScenarioPage.objects.child_of(module)
                .filter(slug=data["alternative_to"])
                .first()
                if data.get("alternative_to")
                else None
            )
            page = ScenarioPage(
                title=data["title"],
                slug=data["slug"],
                summary=data.get("summary", ""),
                content_note=data.get("content_note", ""),
                start_key=data.get("start", "start"),
                nodes=json.dumps(_node_stream(data["slug"], data["nodes"])),
                pass_without_unsafe=rule.get("no_unsafe", True),
                pass_min_points=rule.get("min_points", 0),
                is_safety_critical=bool(data.get("safety_critical", False)),
                alternative_to=original,
            )
            module.add_child(instance=page)
            page.save_revision().publish()
        made["branching"].append(page)
    for data in free_text:
        module = modules.get(data["module"])
        if module is None:
            continue
        page = (
            FreeTextScenarioPage.objects.child_of(module)
            .filter(slug=data["slug"])
            .first()
        )
        if page is None:
            rubric_data = data["rubric"]
            rubric = Rubric.objects.filter(name=rubric_data["name"]).first()
            if rubric is None:
                rubric = Rubric.objects.create(
                    name=rubric_data["name"],
                    criteria=json.dumps(
                        [
                            {
                                "type": "criterion",
                                "id": _sid(rubric_data["name"], i),
                                "value": {
                                    "name": c["name"],
                                    "must_meet": bool(c.get("must_meet")),
                                    "levels": [
                                        {
                                            "type": "item",
                                            "id": _sid(rubric_data["name"], i, j),
                                            "value": level,
                                        }
                                        for j, level in enumerate(c["levels"])
                                    ],
                                },
                            }
                            for i, c in enumerate(rubric_data["criteria"])
                        ]
                    ),
                )
            page = FreeTextScenarioPage(
                title=data["title"],
                slug=data["slug"],
                summary=data.get("summary", ""),
                content_note=data.get("content_note", ""),
                prompt=_html(data["prompt"]),
                rubric=rubric,
                pass_points=data.get("pass_points", 0),
                model_answer=data.get("model_answer", ""),
            )
            module.add_child(instance=page)
            page.save_revision().publish()
        made["free_text"].append(page)
    return made

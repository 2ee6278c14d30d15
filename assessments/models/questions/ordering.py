"""Ordering: put the items in the right order."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from alongside.numbers import whole_number

from ...blocks import (
    ItemBlock,
)
from .base import Question, Score, _stream_items, _stream_json


class OrderingQuestion(Question):
    """Put the items in the right order."""

    kind = "ordering"
    learner_template = "assessments/questions/ordering.html"
    shuffles = True

    items = StreamField(
        [("item", ItemBlock())],
        verbose_name=_("items, in the right order"),
    )

    panels = [*Question.common_panels, FieldPanel("items"), *Question.settings_panels]

    class Meta:
        verbose_name = _("ordering question")

    def freeze(self, rng, *, shuffle=True):
        # Always shuffled, whatever the quiz says: the authored order is the answer.
        # A fair shuffle, which sometimes shows the right order: never showing it
        # would give the answer away (with two items, always the reverse).
        order = [bid for bid, _v in _stream_items(self.items)]
        rng.shuffle(order)
        return {"order": order}

    def learner_context(self, frozen, response):
        items = dict(_stream_items(self.items))
        response = response or {}
        count = len(frozen.get("order", []))
        return {
            "items": [
                {"id": bid, "text": str(items[bid]), "position": response.get(bid)}
                for bid in frozen.get("order", [])
                if bid in items
            ],
            "positions": list(range(1, count + 1)),
        }

    def parse_response(self, data, prefix, frozen):
        count = len(frozen.get("order", []))
        chosen = {}
        for bid in frozen.get("order", []):
            position = whole_number(data.get(f"{prefix}-{bid}"), maximum=count)
            if position:  # 1…count
                chosen[bid] = position
        return chosen or None

    def grade(self, response, frozen):
        correct = [bid for bid, _v in _stream_items(self.items)]
        if not correct:
            return Score(0.0)
        response = response or {}
        right = sum(
            1 for index, bid in enumerate(correct) if response.get(bid) == index + 1
        )
        return Score(right / len(correct))

    def review_context(self, frozen, response):
        response = response or {}
        return {
            "items": [
                {
                    "text": str(v),
                    "position": index + 1,
                    "given": response.get(bid),
                    "right": response.get(bid) == index + 1,
                }
                for index, (bid, v) in enumerate(_stream_items(self.items))
            ]
        }

    def to_dict(self):
        items = [str(v) for _b, v in _stream_items(self.items)]
        return {
            **super().to_dict(),
            "items": items,
            # The same, in the shape every other kind uses: the right order, each
            # item worth its share of the marks.
            "answers": [{"text": t, "fraction": 1.0, "feedback": ""} for t in items],
        }

    @classmethod
    def fields_from_dict(cls, data):
        items = data.get("items")
        if items is None:
            items = [answer["text"] for answer in data.get("answers", [])]
        return {"items": _stream_json("item", list(items))}

    menu_order = 50

    @classmethod
    def import_problems(cls, item):
        entries = list(item.get("items") or [])
        problems = []
        if len(entries) < 2:
            problems.append(_("An ordering question needs at least two items."))
        if any(not str(entry).strip() for entry in entries):
            problems.append(_("An item has no text."))
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        ids = [bid for bid, _v in _stream_items(self.items)]
        count = len(ids)
        return {
            f"{prefix}-{bid}": [str(index + 1 if right else (index + 1) % count + 1)]
            for index, bid in enumerate(ids)
        }

    def response_text(self, frozen, response):
        """The items in the order the learner put them ("1. …; 2. …")."""
        items = dict(_stream_items(self.items))
        placed = sorted(
            (position, str(items[bid]))
            for bid, position in (response or {}).items()
            if bid in items
        )
        return "; ".join(f"{position}. {text}" for position, text in placed)

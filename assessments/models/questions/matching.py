"""Matching: each prompt to its answer, with optional distractors."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from alongside.numbers import whole_number

from ...blocks import (
    ItemBlock,
    PairBlock,
)
from .base import Question, Score, _stream_items, _stream_json
from .interchange import PAIR_LENGTH


class MatchingQuestion(Question):
    """Match each prompt to its answer; extra answers can be distractors."""

    kind = "matching"
    learner_template = "assessments/questions/matching.html"
    shuffles = True

    pairs = StreamField([("pair", PairBlock())], verbose_name=_("pairs"))
    distractors = StreamField(
        [("distractor", ItemBlock())],
        blank=True,
        verbose_name=_("extra wrong answers"),
    )

    panels = [
        *Question.common_panels,
        FieldPanel("pairs"),
        FieldPanel("distractors"),
        *Question.settings_panels,
    ]

    class Meta:
        verbose_name = _("matching question")

    def _answers(self) -> list[str]:
        answers = [v["answer"] for _b, v in _stream_items(self.pairs)]
        answers += [str(v) for _b, v in _stream_items(self.distractors)]
        return list(dict.fromkeys(answers))  # one entry per distinct answer

    def freeze(self, rng, *, shuffle=True):
        prompts = [bid for bid, _v in _stream_items(self.pairs)]
        answers = self._answers()
        if shuffle:
            rng.shuffle(prompts)
        # Always: unshuffled, the answers would follow the prompts one for one.
        rng.shuffle(answers)
        return {"prompts": prompts, "answers": answers}

    def learner_context(self, frozen, response):
        pairs = dict(_stream_items(self.pairs))
        response = response or {}
        return {
            "prompts": [
                {
                    "id": bid,
                    "text": pairs[bid]["prompt"],
                    "choice": response.get(bid),
                }
                for bid in frozen.get("prompts", [])
                if bid in pairs
            ],
            "answers": list(enumerate(frozen.get("answers", []))),
        }

    def parse_response(self, data, prefix, frozen):
        answers = frozen.get("answers", [])
        chosen = {}
        for bid in frozen.get("prompts", []):
            answer = whole_number(data.get(f"{prefix}-{bid}"), maximum=len(answers) - 1)
            if answer is not None:
                chosen[bid] = answer
        return chosen or None

    def grade(self, response, frozen):
        pairs = dict(_stream_items(self.pairs))
        answers = frozen.get("answers", [])
        if not pairs:
            return Score(0.0)
        right = sum(
            1
            for bid, index in (response or {}).items()
            if bid in pairs
            and 0 <= index < len(answers)
            and answers[index] == pairs[bid]["answer"]
        )
        return Score(right / len(pairs))

    def review_context(self, frozen, response):
        pairs = dict(_stream_items(self.pairs))
        answers = frozen.get("answers", [])
        response = response or {}
        rows = []
        for bid in frozen.get("prompts", []):
            if bid not in pairs:
                continue
            index = response.get(bid)
            given = answers[index] if index is not None and index < len(answers) else ""
            rows.append(
                {
                    "prompt": pairs[bid]["prompt"],
                    "given": given,
                    "answer": pairs[bid]["answer"],
                    "right": given == pairs[bid]["answer"],
                }
            )
        return {"pairs": rows}

    def to_dict(self):
        return {
            **super().to_dict(),
            "pairs": [
                {"prompt": v["prompt"], "answer": v["answer"]}
                for _b, v in _stream_items(self.pairs)
            ],
            "distractors": [str(v) for _b, v in _stream_items(self.distractors)],
        }

    @classmethod
    def fields_from_dict(cls, data):
        return {
            "pairs": _stream_json(
                "pair",
                [
                    {"prompt": p["prompt"], "answer": p["answer"]}
                    for p in data.get("pairs", [])
                ],
            ),
            "distractors": _stream_json(
                "distractor", list(data.get("distractors", []))
            ),
        }

    menu_order = 40

    @classmethod
    def import_problems(cls, item):
        pairs = list(item.get("pairs") or [])
        distractors = list(item.get("distractors") or [])
        problems = []
        if len(pairs) < 2:
            problems.append(_("A matching question needs at least two pairs."))
        for pair in pairs:
            prompt = str(pair.get("prompt") or "")
            answer = str(pair.get("answer") or "")
            if not answer.strip():
                problems.append(
                    _("The prompt “%(prompt)s” has no answer.") % {"prompt": prompt}
                )
            if len(prompt) > PAIR_LENGTH or len(answer) > PAIR_LENGTH:
                problems.append(
                    _("The pair “%(prompt)s…” is longer than %(limit)s characters.")
                    % {"prompt": prompt[:40], "limit": PAIR_LENGTH}
                )
        for distractor in distractors:
            if not str(distractor).strip() or len(str(distractor)) > PAIR_LENGTH:
                problems.append(
                    _("Each extra answer needs text of up to %(limit)s characters.")
                    % {"limit": PAIR_LENGTH}
                )
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        answers = frozen.get("answers", [])
        data = {}
        for bid, pair in _stream_items(self.pairs):
            if pair["answer"] not in answers:
                continue
            match = answers.index(pair["answer"])
            if not right:
                match = next(i for i, a in enumerate(answers) if a != answers[match])
            data[f"{prefix}-{bid}"] = [str(match)]
        return data

    def response_text(self, frozen, response):
        rows = self.review_context(frozen, response)["pairs"]
        return "; ".join(
            f"{row['prompt']} → {row['given'] or _('(none)')}" for row in rows
        )

"""`manage.py import_questions` and the admin's "Import questions" page."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, ManagementUtility, call_command
from django.urls import reverse

from assessments.models import Question, QuestionCategory

pytestmark = pytest.mark.django_db

HERE = Path(__file__).parent
MOODLE_GIFT = HERE.parent / "fixtures" / "moodle-gift" / "questions.gift.txt"
MOODLE_XML = HERE / "fixtures" / "questions.moodle.xml"
QUESTION_TYPES = {
    "single_choice",
    "multiple_response",
    "true_false",
    "matching",
    "ordering",
    "short_answer",
    "numeric",
    "essay",
}
FAULTY_GIFT = (
    "::Fine:: Is listening a skill?{T}\n\n"
    "::Unclosed:: Which is kind?{=Listening ~Lecturing\n\n"
    "::Greedy:: Pick one.{=Listen ~%150%Lecture}\n"
)


def _run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_questions", *[str(a) for a in args], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _assert_interchange_shape(item: dict) -> None:
    """The documented shape of one question in `--dry-run --json`."""
    assert {"name", "type", "text", "general_feedback"} <= set(item)
    assert item["type"] in QUESTION_TYPES
    assert item["name"] and item["text"]
    if item["type"] == "matching":
        assert all(set(p) == {"prompt", "answer"} for p in item["pairs"])
        assert all(isinstance(d, str) for d in item["distractors"])
    elif item["type"] == "numeric":
        for answer in item["answers"]:
            assert set(answer) == {"value", "tolerance", "fraction", "feedback"}
            assert -1 <= answer["fraction"] <= 1
    elif item["type"] == "ordering":
        assert all(isinstance(entry, str) for entry in item["items"])
        assert [answer["text"] for answer in item["answers"]] == item["items"]
    if item["type"] not in ("matching", "numeric"):
        for answer in item["answers"]:
            assert set(answer) == {"text", "fraction", "feedback"}
            assert -1 <= answer["fraction"] <= 1


# --- the command ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "file_format", "count"), [(MOODLE_GIFT, "gift", 9), (MOODLE_XML, "xml", 8)]
)
def test_dry_run_prints_json_and_writes_nothing(path, file_format, count):
    out, err = _run(path, "--format", file_format, "--dry-run", "--json")

    items = json.loads(out)
    assert isinstance(items, list)
    assert len(items) == count
    for item in items:
        _assert_interchange_shape(item)
    assert Question.objects.count() == 0
    assert QuestionCategory.objects.count() == 0


def test_notes_go_to_stderr_keeping_the_json_clean(tmp_path):
    path = tmp_path / "picture.gift.txt"
    path.write_text('::Pic::[html]<p>Look <img src="baby.png"></p>{}', encoding="utf-8")

    out, err = _run(path, "--format", "gift", "--dry-run", "--json")

    assert [item["name"] for item in json.loads(out)] == ["Pic"]
    assert "Note:" in err and "Images" in err


def test_dry_run_json_matches_the_file():
    out, _err = _run(MOODLE_GIFT, "--format", "gift", "--dry-run", "--json")

    items = {item["name"]: item for item in json.loads(out)}
    assert items["Q2"]["answers"][0] == {
        "text": "yellow",
        "fraction": 1.0,
        "feedback": "right; good!",
    }
    assert items["Q5"]["answers"] == [
        {"value": 3.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""},
        {
            "value": "*",
            "tolerance": 0.0,
            "fraction": 0.0,
            "feedback": "Completely wrong",
        },
    ]
    assert items["Moodle activities"]["distractors"] == ["Chat"]
    assert items["Q8"]["category"] == "Imported questions"


def test_import_creates_the_questions_and_says_how_many():
    out, _err = _run(MOODLE_GIFT, "--category", "Moodle samples")

    assert "Imported 9 question(s)" in out
    assert Question.objects.count() == 9
    assert set(Question.objects.values_list("category__name", flat=True)) == {
        "Moodle samples"
    }


def test_the_command_run_twice_skips_what_the_bank_has():
    _run(MOODLE_GIFT)

    dry, _err = _run(MOODLE_GIFT, "--dry-run")
    out, _err = _run(MOODLE_GIFT)

    assert dry.count("(already in the bank)") == 9
    assert "Imported 0 question(s)" in out
    assert "Skipped 9 already in the bank" in out
    assert Question.objects.count() == 9
    again, _err = _run(MOODLE_GIFT, "--duplicates", "add")
    assert "Imported 9 question(s)" in again
    assert Question.objects.count() == 18


def test_import_with_json_lists_what_was_created():
    out, _err = _run(MOODLE_XML, "--json")

    created = json.loads(out)
    assert [item["id"] for item in created] == list(
        Question.objects.order_by("pk").values_list("pk", flat=True)
    )
    assert {item["category"] for item in created} == {"Listening skills", "Signposting"}


def test_the_format_follows_the_file_name_when_not_given():
    out, _err = _run(MOODLE_XML, "--dry-run")

    assert "Would import 8 question(s)" in out


def test_a_faulty_file_fails_with_a_report_and_writes_nothing(tmp_path):
    path = tmp_path / "faulty.gift.txt"
    path.write_text(FAULTY_GIFT, encoding="utf-8")

    with pytest.raises(CommandError) as failure:
        _run(path)

    report = str(failure.value)
    assert "Nothing was imported: 2 problem(s)" in report
    assert "Line 3, “Unclosed”" in report
    assert "Line 5, “Greedy”" in report
    assert "Fine" not in report
    assert Question.objects.count() == 0


# Run the way manage.py runs it, which closes the database connection at the end: a
# transactional test, so that closing it does not end the test's own transaction.
@pytest.mark.django_db(transaction=True)
def test_a_faulty_file_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "faulty.gift.txt"
    path.write_text(FAULTY_GIFT, encoding="utf-8")

    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "import_questions", str(path)]).execute()

    assert exit_info.value.code == 1
    assert "Line 3, “Unclosed”" in capsys.readouterr().err
    assert Question.objects.count() == 0


def test_a_file_that_is_not_utf8_is_refused_clearly(tmp_path):
    path = tmp_path / "latin1.gift.txt"
    path.write_bytes("::Café:: Ça va?{T}".encode("latin-1"))

    with pytest.raises(CommandError, match="not UTF-8"):
        _run(path)


def test_a_missing_file_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        _run(tmp_path / "nowhere.txt")


# --- the admin page ------------------------------------------------------------------

URL = "/admin/question-bank/import/"


def _upload(data: bytes, name="questions.gift.txt"):
    return SimpleUploadedFile(name, data, content_type="text/plain")


def _post(
    client, data: bytes, *, file_format="gift", check_only=True, name=None, **extra
):
    form = {
        "file": _upload(data, name or f"questions.{file_format}"),
        "file_format": file_format,
        **extra,
    }
    if check_only:
        form["check_only"] = "on"
    return client.post(URL, form)


def test_the_page_is_where_the_menu_expects_it():
    assert reverse("assessments_import_questions") == URL


def test_someone_without_permission_to_add_questions_is_refused(
    client, organisation_admin
):
    # Organisation admins use the admin for their people, not the question bank.
    client.force_login(organisation_admin)

    assert client.get(URL).status_code == 403
    assert _post(client, MOODLE_GIFT.read_bytes(), check_only=False).status_code == 403
    assert Question.objects.count() == 0


def test_a_trainer_sees_the_form(client, trainer):
    client.force_login(trainer)

    response = client.get(URL)

    assert response.status_code == 200
    assert b"Import questions" in response.content
    assert b'name="check_only"' in response.content


def test_a_trainer_previews_then_imports_the_moodle_fixture(client, trainer):
    client.force_login(trainer)

    preview = _post(client, MOODLE_GIFT.read_bytes(), category="Moodle samples")

    assert preview.status_code == 200
    page = preview.content.decode()
    assert "9 questions would be imported" in page
    assert "Moodle activities" in page
    assert "Matching question" in page
    assert "<td>5</td>" in page  # four pairs and a distractor
    assert Question.objects.count() == 0
    assert preview.context["form"]["check_only"].value() is False

    imported = _post(
        client, MOODLE_GIFT.read_bytes(), check_only=False, category="Moodle samples"
    )

    assert imported.status_code == 302
    assert Question.objects.count() == 9
    assert set(Question.objects.values_list("category__name", flat=True)) == {
        "Moodle samples"
    }
    followed = client.get(imported.url).content.decode()
    assert "Imported 9 questions." in followed


def test_an_xml_upload_imports_too(client, site_admin):
    client.force_login(site_admin)

    response = _post(
        client, MOODLE_XML.read_bytes(), file_format="xml", check_only=False
    )

    assert response.status_code == 302
    assert Question.objects.count() == 8


def test_a_faulty_upload_shows_each_problem_and_writes_nothing(client, site_admin):
    client.force_login(site_admin)

    response = _post(client, FAULTY_GIFT.encode(), check_only=False)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was imported: there are 2 problems with the file" in page
    assert "Unclosed" in page and "never closed" in page
    assert "Greedy" in page and "150%" in page
    assert [(p.line, p.name) for p in response.context["problems"]] == [
        (3, "Unclosed"),
        (5, "Greedy"),
    ]
    assert Question.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"::Big:: " + b"x" * (2 * 1024 * 1024) + b"{T}", "the most you can import"),
        ("::Café:: Ça va?{T}".encode("latin-1"), "not UTF-8"),
        (b"", "The submitted file is empty."),
        (b"\xef\xbb\xbf  \n\n", "The file is empty."),
        (b"PK\x03\x04\x14\x00\x00\x00questions.xml", "binary data, not text"),
    ],
    ids=["oversize", "latin-1", "empty", "only-a-byte-order-mark", "binary"],
)
def test_unreadable_uploads_get_a_clear_message(client, site_admin, data, message):
    client.force_login(site_admin)

    response = _post(client, data, check_only=False)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Question.objects.count() == 0


def test_a_utf8_file_with_a_byte_order_mark_is_read(client, site_admin):
    client.force_login(site_admin)

    response = _post(client, "\ufeff::Café:: Ça va?{T}".encode())

    assert response.status_code == 200
    assert "Café" in response.content.decode()


# --- importing the same file twice ----------------------------------------------------


def test_importing_the_same_file_twice_skips_what_the_bank_has(client, trainer):
    client.force_login(trainer)
    _post(client, MOODLE_GIFT.read_bytes(), check_only=False, category="Moodle")
    assert Question.objects.count() == 9

    preview = _post(client, MOODLE_GIFT.read_bytes(), category="Moodle")

    page = preview.content.decode()
    assert "9 of these are already in the bank" in page
    assert page.count("Yes: “") == 9
    assert "Skip them" in page and "Update them" in page
    again = _post(client, MOODLE_GIFT.read_bytes(), check_only=False, category="Moodle")
    assert Question.objects.count() == 9  # nothing added twice
    message = client.get(again.url).content.decode()
    assert "Imported 0 questions." in message
    assert "9 more were already in the bank and are left as they were." in message


def test_an_updated_file_updates_the_questions_the_bank_has(client, trainer):
    client.force_login(trainer)
    original = b"::Kindness:: Which is kind?{=Listening#Yes. ~Lecturing#No.}\n"
    changed = (
        b"::Kind listening:: Which is kind?{=Listening#Yes: it helps. ~Lecturing#No.}"
        b"\n\n::New one:: Is listening a skill?{T}\n"
    )
    _post(client, original, check_only=False)
    question = Question.objects.get()

    preview = _post(client, changed, duplicates="update").content.decode()
    assert "1 of these is already in the bank" in preview
    assert "Yes: “Kindness”" in preview
    assert "No, new" in preview
    _post(client, changed, check_only=False, duplicates="update")

    assert Question.objects.count() == 2
    question.refresh_from_db()
    assert question.name == "Kind listening"
    assert "it helps" in json.dumps(question.get_real_instance().to_dict())


def test_only_questions_the_importer_may_see_count_as_already_there(roles):
    """Another organisation's identical question is neither named nor changed."""
    from assessments.importers.service import Duplicates, questions_import_text
    from assessments.permissions import question_bank_visible
    from lms import services as lms_services
    from lms.factories import OrganisationFactory
    from lms.roles import Role
    from tests.conftest import make_user

    source = "::Theirs:: Which is kind?{=Listening ~Lecturing}\n"
    a, b = OrganisationFactory(name="Brighter Days"), OrganisationFactory(name="B")
    for organisation in (a, b):
        lms_services.organisation_content_area_ensure(organisation=organisation)
        organisation.refresh_from_db()
    [theirs] = questions_import_text(text=source, file_format="gift").questions
    theirs.collection = a.collection
    theirs.save()
    editor_b = make_user(Role.TRAINER, full_name="Ben Otherorg")
    editor_b.groups.add(b.editors)

    outcome = questions_import_text(
        text=source.replace("Theirs", "Ours"),
        file_format="gift",
        existing=question_bank_visible(editor_b, Question.objects.all()),
        duplicates=Duplicates.UPDATE,
    )

    assert outcome.existing == {}
    assert outcome.created == 1
    theirs.refresh_from_db()
    assert theirs.name == "Theirs"

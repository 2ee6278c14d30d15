"""The layers, as strings: what import-linter cannot see.

import-linter (`make lint`) checks that a package imports only from layers below its
own. Apps also name each other in strings: page types ("cohorts.FeedbackFormPage" in
``subpage_types``), models ("lms.Organisation" in a foreign key), permissions
("certificates.add_accreditationrules"), URL names ("lms:support" in ``reverse`` or
``{% url %}``), template tag libraries (``{% load cohorts_tags %}``) and templates
(``{% include "lms/..." %}``). Each of those is a dependency too, so each must point
to the same layer or a lower one.

The project's own templates (config/templates: the page frame, error pages and the
shared includes) are the frame every app's pages extend, as Django intends; they may
name any app, and any app's template may extend or include them. Migrations are
frozen history and are not read. Runs in `make lint` and in the test suite; it reads
files only (no database).
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Highest first, as in pyproject.toml's import-linter contract and the README.
LAYERS = ["config", "certificates", "lms", "assessments", "courses", "alongside"]
# App labels and URL namespaces of apps that live inside another layer's package.
NESTED = {"awareness": "lms", "cohorts": "lms"}

_LABEL = re.compile(r"^([a-z]+)[.:]([A-Za-z_]\w*)")
_TEMPLATE_TAG = re.compile(r"\{%\s*(url|load|include|extends)\s+(.*?)%\}", re.DOTALL)


def _layer_of_label(label: str) -> str | None:
    if label in NESTED:
        return NESTED[label]
    if label in LAYERS and label != "config":
        return label
    return None


def _rank(layer: str) -> int:
    return len(LAYERS) - LAYERS.index(layer)


def _package_of(path: Path, root: Path) -> str:
    return path.relative_to(root).parts[0]


def _code_files(root: Path, suffix: str):
    for package in LAYERS:
        for path in sorted((root / package).rglob(f"*{suffix}")):
            parts = path.relative_to(root).parts
            if "migrations" in parts or "__pycache__" in parts:
                continue
            yield path


def _docstring_nodes(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        ):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
            ):
                ids.add(id(body[0].value))
    return ids


def _python_strings(path: Path):
    """(line, text) of each string literal that is not a docstring; an f-string
    gives its leading literal part."""
    tree = ast.parse(path.read_text(), filename=str(path))
    docstrings = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first.value
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "get_model"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and "." not in node.args[0].value
        ):
            # apps.get_model("lms", "User")
            yield node.lineno, f"{node.args[0].value}.{'x'}"


def _template_owner(name: str, root: Path) -> str | None:
    """The package holding the template Django finds under this name (None for a
    template of Wagtail's or Django's, or a name that is built at run time)."""
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    try:
        origin = Path(get_template(name).origin.name)
    except (TemplateDoesNotExist, TypeError, ValueError):
        return None
    try:
        package = origin.relative_to(root).parts[0]
    except ValueError:
        return None
    return package if package in LAYERS else None


def _tag_libraries(root: Path) -> dict[str, str]:
    libraries = {}
    for package in LAYERS:
        for path in (root / package).rglob("templatetags/*.py"):
            if path.name != "__init__.py":
                libraries[path.stem] = package
    return libraries


def _template_references(text: str):
    """(line, kind, target) of each url, load, include and extends tag."""
    for match in _TEMPLATE_TAG.finditer(text):
        kind, rest = match.groups()
        line = text.count("\n", 0, match.start()) + 1
        words = rest.split()
        if not words:
            continue
        if kind == "load":
            names = words[: words.index("from")] if "from" in words else words
            for name in names:
                yield line, kind, name
        else:
            target = words[0]
            if target[0] in "'\"":
                yield line, kind, target.strip("'\"")


def upward_references(root: Path = ROOT) -> list[str]:
    """Every string-level reference from a layer to a higher one."""
    found = []
    for path in _code_files(root, ".py"):
        here = _package_of(path, root)
        for line, text in _python_strings(path):
            match = _LABEL.match(text)
            if not match:
                continue
            target = _layer_of_label(match.group(1))
            if target and _rank(target) > _rank(here):
                where = path.relative_to(root)
                found.append(f"{where}:{line}: {here} names {target} ({text!r})")
    libraries = _tag_libraries(root)
    for path in _code_files(root, ".html"):
        if "templates" not in path.parts:
            continue
        here = _package_of(path, root)
        if here == "config":
            continue
        for line, kind, target in _template_references(path.read_text()):
            if kind == "url":
                label = target.split(":")[0] if ":" in target else None
                layer = _layer_of_label(label) if label else None
            elif kind == "load":
                layer = libraries.get(target)
            else:
                layer = _template_owner(target, root)
                if layer == "config":
                    continue  # the project's frame: any page may extend it
            if layer and _rank(layer) > _rank(here):
                where = path.relative_to(root)
                found.append(f"{where}:{line}: {here} {kind} {target} ({layer})")
    return found


def test_no_layer_names_a_higher_one_in_a_string():
    found = upward_references()
    assert not found, (
        "These strings name an app in a higher layer (README, 'Architecture'):\n  "
        + "\n  ".join(found)
    )


def test_the_check_sees_upward_strings(tmp_path):
    """The scanner itself: an upward page type, URL and template tag are found,
    and the same names from the layer that owns them are not."""
    (tmp_path / "courses" / "templates" / "courses").mkdir(parents=True)
    (tmp_path / "lms" / "cohorts" / "templatetags").mkdir(parents=True)
    (tmp_path / "lms" / "cohorts" / "templatetags" / "cohorts_tags.py").write_text("")
    (tmp_path / "courses" / "probe.py").write_text(
        'subpage_types = ["cohorts.FeedbackFormPage"]\n'
    )
    (tmp_path / "courses" / "templates" / "courses" / "probe.html").write_text(
        "{% load cohorts_tags %}<a href=\"{% url 'lms:support' %}\">\n"
    )
    (tmp_path / "lms" / "probe.py").write_text('parent = ["courses.HomePage"]\n')
    found = upward_references(tmp_path)
    assert found == [
        "courses/probe.py:1: courses names lms ('cohorts.FeedbackFormPage')",
        "courses/templates/courses/probe.html:1: courses load cohorts_tags (lms)",
        "courses/templates/courses/probe.html:1: courses url lms:support (lms)",
    ]


def test_the_layers_match_the_import_contract():
    """One list of layers: this test's and import-linter's (pyproject.toml)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contract = config["tool"]["importlinter"]["contracts"][0]
    assert contract["layers"] == LAYERS

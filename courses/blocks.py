"""StreamField blocks a trainer uses to write lessons."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]

CALLOUT_STYLES = [
    ("key_point", _("Key point")),
    ("remember", _("Remember")),
    ("caution", _("Take care")),
]

PREVIEW_TEXT = _(
    "Peer support is about being alongside someone: listening, sharing what helped "
    "you when it is useful to them, and pointing the way to the right service."
)


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs, headings, lists and links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        description = _("Paragraphs, headings, lists and links.")
        preview_value = f"<h2>What peer support is</h2><p>{PREVIEW_TEXT}</p>"


class ImageBlock(blocks.StructBlock):
    """An image with the alt text a screen reader will read out."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with required alt text and an optional caption.")
        preview_value = {
            "image": None,
            "alt_text": "Two parents talking over a cup of tea",
            "caption": "A first meeting often starts with a cup of tea.",
        }


class _MediaBlock(blocks.StructBlock):
    """Shared fields of video and audio: the file, a transcript and captions."""

    title = blocks.CharBlock(max_length=200)
    media = DocumentChooserBlock(help_text=_("Upload the file as a document."))
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text=_("Required: a full transcript, for people who cannot listen."),
    )

    def clean(self, value):
        cleaned = super().clean(value)
        transcript = cleaned.get("transcript")
        if transcript is None or not str(transcript.source or "").strip():
            raise StructBlockValidationError(
                block_errors={"transcript": ValidationError(_("Add a transcript."))}
            )
        return cleaned


class VideoBlock(_MediaBlock):
    """A video with a required transcript and an optional captions file."""

    captions = DocumentChooserBlock(
        required=False, help_text=_("Optional WebVTT (.vtt) captions file.")
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = _("A video file with a transcript and optional captions.")
        preview_value = {
            "title": "A peer supporter talks about her first visit",
            "media": None,
            "transcript": f"<p>{PREVIEW_TEXT}</p>",
            "captions": None,
        }


class AudioBlock(_MediaBlock):
    """An audio clip with a required transcript and an optional captions file."""

    captions = DocumentChooserBlock(
        required=False, help_text=_("Optional WebVTT (.vtt) captions file.")
    )

    class Meta:
        icon = "media"
        template = "blocks/audio_block.html"
        description = _("An audio file with a transcript and optional captions.")
        preview_value = {
            "title": "Listening well: a short example",
            "media": None,
            "transcript": f"<p>{PREVIEW_TEXT}</p>",
            "captions": None,
        }


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a key point, something to remember, or a caution."""

    style = blocks.ChoiceBlock(choices=CALLOUT_STYLES, default="key_point")
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        description = _("A highlighted key point, reminder or caution.")
        preview_value = {
            "style": "key_point",
            "heading": "Peer support is not clinical care",
            "text": f"<p>{PREVIEW_TEXT}</p>",
        }


class ContentNoteBlock(blocks.StructBlock):
    """A gentle warning before a heavy passage inside a lesson."""

    text = blocks.TextBlock(
        help_text=_("Say plainly what comes up next, so people can prepare or skip.")
    )

    class Meta:
        icon = "help"
        template = "blocks/content_note_block.html"
        description = _("A content note before a difficult passage.")
        preview_value = {
            "text": "The next part talks about suicide. Take a break whenever you need."
        }


class ReflectionPromptBlock(blocks.StructBlock):
    """An optional question whose answer goes to the learner's private log."""

    prompt = blocks.TextBlock()
    guidance = blocks.CharBlock(
        required=False,
        max_length=250,
        default=_("Optional and private: only you can read what you write here."),
    )

    class Meta:
        icon = "edit"
        template = "blocks/reflection_prompt_block.html"
        description = _("A reflection question; answers go to the private log.")
        preview_value = {
            "prompt": "What helps you listen without rushing to fix things?",
            "guidance": "Optional and private: only you can read what you write here.",
        }


class SignpostBlock(blocks.StructBlock):
    """Cards drawn from the signposting directory."""

    heading = blocks.CharBlock(
        required=False, max_length=120, default=_("Where to find help")
    )
    entries = blocks.ListBlock(SnippetChooserBlock("courses.Signpost"), min_num=1)

    class Meta:
        icon = "site"
        template = "blocks/signpost_block.html"
        description = _("Helplines and services from the signposting directory.")
        preview_value = {"heading": "Where to find help", "entries": []}


class ResourceBlock(blocks.StructBlock):
    """A downloadable document such as a handout or leaflet."""

    title = blocks.CharBlock(max_length=200)
    document = DocumentChooserBlock()
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/resource_block.html"
        description = _("A downloadable handout, leaflet or worksheet.")
        preview_value = {
            "title": "Boundaries: a one-page reminder",
            "document": None,
            "description": "Print it or keep it on your phone.",
        }


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson can be made of."""

    rich_text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    content_note = ContentNoteBlock()
    reflection_prompt = ReflectionPromptBlock()
    signpost = SignpostBlock()
    resource = ResourceBlock()


class LearningOutcomeBlock(blocks.CharBlock):
    """One learning outcome, finishing the sentence "By the end you can…"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 250)
        super().__init__(**kwargs)

    class Meta:
        icon = "tick"
        template = "blocks/learning_outcome_block.html"
        description = _("One thing a learner can do by the end of the module.")
        preview_value = "Explain what perinatal peer support is and is not."

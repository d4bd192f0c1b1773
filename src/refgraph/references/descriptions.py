"""APA's bracketed description of a work that is not a plain text: "B. F. Skinner: A fresh
appraisal [Motion picture]", "Amusement park [Audio podcast episode]", "The sunflowers
[Painting]". The description says what the work is (BibTeX's ``type``, CSL's ``genre``);
it is no word of the title, and the title ends at it even when a reader ran the title on
into the studio or museum that follows ("[Painting]. Harry Ransom Center, …")."""

from __future__ import annotations

import re

# APA 7's own descriptions (Publication Manual §§ 10.12–10.16, 9.21), the first word
# capitalised as APA prints it. Descriptions other styles print in brackets after a title
# (NLM's "[Internet]", Harvard's "[online]") are media, not genres, and stay where they are.
_DESCRIPTION = re.compile(
    r"\s*\[(?P<genre>(?:Motion picture(?: on DVD)?|Film|DVD|Blu-ray|Videocassette|Video|Video file|Webinar|TV series(?: episode)?|Television series(?: episode)?"
    r"|(?:Audio |Video )?[Pp]odcast(?: episode)?|Audio recording|Speech audio recording|Song|Album|Painting|Photograph"
    r"|Sculpture|Drawing|Illustration|Map|Infographic|Fact sheet|Press release|Brochure|Pamphlet|Tweet|Facebook post"
    r"|Instagram (?:photo|video|post)|Blog post|Lecture notes|PowerPoint slides|Presentation slides|Mobile app"
    r"|Unpublished manuscript|Manuscript submitted for publication|Manuscript in preparation|Measurement instrument"
    r"|Letter to the editor|Editorial|Comment|Interview|Speech|Report|Course syllabus|Poster|Exhibition|Artwork"
    r"|Cartoon|Image|Graph|Chart|Dictionary entry|Encyclopedia entry|Computer game|Video game|Board game)"
    r"(?:,\s*[^\[\]]{1,80})?)\]"
)


def described_work(fields: dict) -> dict:
    """The description after the title as the work's genre, the title without it; what a
    reader ran on after it ("[Painting]. Harry Ransom Center, The University of Texas at
    Austin") is the publisher's name when no publisher was read, or the first of several
    when the publishers read continue it ("[TV series]. High Bridge Productions; Gran Via
    Productions")."""
    title = fields.get("title") or ""
    found = _DESCRIPTION.search(title)
    if not found or fields.get("genre") or found.start() < 3:
        return fields
    rest = title[found.end():].strip()
    if rest and not (rest.startswith(". ") or rest.startswith(".")):
        return fields  # a description in mid-sentence ("the [Report] of …") is part of the title
    rest = rest.lstrip(". ").rstrip(" .,")
    publisher = fields.get("publisher") or ""
    if rest:
        if re.search(r"\d", rest) or len(rest.split()) > 12 or fields.get("journal"):
            return fields
        publisher = f"{rest}; {publisher}" if publisher else rest
    return {**fields, "title": title[: found.start()].rstrip(" .,"), "genre": found.group("genre"),
            "publisher": publisher}

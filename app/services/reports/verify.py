"""Checking a filed monthly report against the database: ``report verify FILE.pdf``.

The PDF's subject holds what was asked (month, street, psychological section, language)
and the digest; the cover and the appendix print the same digest. The figures are made
again from the database and their digest compared. Only "matches" or "differs" and the
two digests are told, never a figure, so it needs no sign-in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services.errors import N_, ValidationError
from app.services.permissions import Actor
from app.services.reports.figures import monthly_figures
from app.services.reports.monthly_pdf import SUBJECT_MARK

DIGEST_PATTERN = re.compile(r"sha256:[0-9a-f]{64}")


@dataclass(frozen=True)
class Verdict:
    month: str
    scope: str
    filed_digest: str
    current_digest: str
    #: the digest printed on the pages is the one in the file's subject
    printed_agrees: bool

    @property
    def matches(self) -> bool:
        return self.printed_agrees and self.filed_digest == self.current_digest


def read_report_facts(path: Path) -> tuple[dict[str, Any], str]:
    """(the subject's facts, the text of the pages) of a monthly report PDF."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (OSError, pdfium.PdfiumError) as exc:
        raise ValidationError(
            "file", N_("{file} cannot be read as a PDF ({reason})."), file=path.name, reason=exc
        ) from exc
    try:
        subject = document.get_metadata_dict().get("Subject", "")
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
    finally:
        document.close()
    try:
        facts = json.loads(subject)
    except ValueError:
        facts = {}
    if not isinstance(facts, dict) or facts.get("report") != SUBJECT_MARK:
        raise ValidationError(
            "file", N_("{file} is not a StreetDesk monthly report."), file=path.name
        )
    return facts, "\n".join(pages)


def verify_report(session: Session, path: Path) -> Verdict:
    facts, text = read_report_facts(Path(path))
    printed = set(DIGEST_PATTERN.findall(text.replace("\r", "").replace("\n", "")))
    figures = monthly_figures(
        session,
        Actor.system("report verify"),
        str(facts["month"]),
        facts.get("street"),
        with_psych=bool(facts.get("psych")),
    )
    filed = str(facts.get("digest", ""))
    return Verdict(
        month=str(facts["month"]),
        scope=figures["scope"]["name"],
        filed_digest=filed,
        current_digest=figures["digest"],
        printed_agrees=printed == {filed},
    )

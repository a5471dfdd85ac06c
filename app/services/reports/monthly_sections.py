"""The sections of the monthly report, each a list of reportlab flowables."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.services.printing import GlyphReport, pdf_font
from app.services.printing.document import CONTENT_WIDTH, MM, data_table, paragraph
from app.services.reports import charts as chart
from app.services.reports.figures import change
from app.services.reports.other_figures import SUPPRESSED
from app.services.reports.periods import Month
from app.services.reports.report_text import DEFINITIONS, SUMMARY_ROWS

DASH = "—"


@dataclass
class Context:
    figures: dict[str, Any]
    names: dict[str, dict[str, str]]
    text: dict[str, str]
    language: str
    month: Month
    glyphs: GlyphReport
    charts: dict[str, bytes] = field(default_factory=dict)

    @property
    def zh(self) -> bool:
        return not self.language.startswith("en")

    @property
    def period_text(self) -> str:
        return self.text["month_label"].format(year=self.month.year, month=self.month.month)

    @property
    def scope_text(self) -> str:
        scope = self.figures["scope"]
        if scope["kind"] == "district":
            return self.text["scope_district"].format(
                name=scope["name"], count=len(scope["streets"])
            )
        return str(scope["name"])

    def para(self, value: str, style: str) -> Any:
        return paragraph(value, style, self.language, self.glyphs)


def figure_at(figures: dict[str, Any] | None, path: str) -> Any:
    value: Any = figures
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def number(value: Any) -> str:
    if value is None:
        return DASH
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return str(value)


def change_text(current: Any, base: Any) -> str:
    """ "↑12.5%", "↓3.0%", "→0.0%", or "—" where the base is 0, hidden or missing."""
    rate = change(current, base)
    if rate is None:
        return DASH
    arrow = "↑" if rate > 0 else "↓" if rate < 0 else "→"
    return f"{arrow}{abs(rate) * 100:.1f}%"


def share(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}%" if whole else DASH


def _image(data: bytes, width_mm: float, height_mm: float) -> Any:
    from reportlab.platypus import Image

    return Image(io.BytesIO(data), width=width_mm * MM, height=height_mm * MM)


def draw_charts(context: Context) -> dict[str, bytes]:
    """The report's charts as PNG bytes (matplotlib Agg, the print font chain)."""
    figures, names, text = context.figures, context.names, context.text
    disputes = figures["disputes"]
    result: dict[str, bytes] = {}
    compare = figures["compare"]
    groups = [text["this_month"], text["previous"], text["last_year"]]
    periods = [figures, compare["previous_month"], compare["same_month_last_year"]]
    figure = chart.new_figure(170, 62)
    chart.grouped_bars(
        figure,
        text["chart_compare"],
        groups,
        [
            (text["received"], [p["disputes"]["received"] for p in periods]),
            (text["resolved"], [p["disputes"]["resolved"] for p in periods]),
        ],
    )
    result["compare"] = chart.png(figure)
    for key, title, label_kind in (
        ("by_category", "chart_category", "category"),
        ("by_source", "chart_source", "source"),
    ):
        counts = sorted(disputes[key].items(), key=lambda item: -item[1])
        if counts:
            bar_labels = [names[label_kind].get(code, code) for code, _n in counts]
            figure = chart.new_figure(84, 62, [text[title], *bar_labels])
            chart.bar_chart(
                figure,
                text[title],
                bar_labels,
                [n for _c, n in counts],
                horizontal=True,
            )
            result[key] = chart.png(figure)
    context.charts = result
    return result


def cover(context: Context, made_by: str, printed_at: datetime) -> list[Any]:
    from reportlab.platypus import PageBreak, Spacer

    from app.services.reports.monthly_pdf import as_of_text

    text = context.text
    month = context.month
    return [
        Spacer(1, 50 * MM),
        context.para(text["title"].format(scope=context.scope_text), "cover_title"),
        Spacer(1, 6 * MM),
        context.para(context.period_text, "cover_line"),
        Spacer(1, 30 * MM),
        context.para(text["cover_period"].format(year=month.year, month=month.month), "cover_line"),
        context.para(text["cover_scope"].format(scope=context.scope_text), "cover_line"),
        context.para(
            text["cover_as_of"].format(as_of=as_of_text(context.figures, text)), "cover_line"
        ),
        context.para(
            text["cover_made"].format(user=made_by, time=printed_at.strftime("%Y-%m-%d %H:%M")),
            "cover_line",
        ),
        Spacer(1, 40 * MM),
        context.para(text["cover_note"], "cover_line"),
        context.para(text["cover_digest"].format(digest=context.figures["digest"]), "small"),
        PageBreak(),
    ]


def summary(context: Context, charts: dict[str, bytes]) -> list[Any]:
    from reportlab.platypus import PageBreak

    text, figures = context.text, context.figures
    previous = figures["compare"]["previous_month"]
    last_year = figures["compare"]["same_month_last_year"]
    disputes = figures["disputes"]
    rows = [
        [
            text["indicator"],
            text["this_month"],
            text["previous"],
            text["mom"],
            text["last_year"],
            text["yoy"],
        ]
    ]
    for key, zh, en in SUMMARY_ROWS:
        current = figure_at(figures, key)
        if key.startswith("psych.") and figures["psych"] is None:
            continue
        before, year_ago = figure_at(previous, key), figure_at(last_year, key)
        rows.append(
            [
                zh if context.zh else en,
                number(current),
                number(before),
                change_text(current, before),
                number(year_ago),
                change_text(current, year_ago),
            ]
        )
    widths = [CONTENT_WIDTH * share for share in (0.36, 0.12, 0.12, 0.14, 0.12, 0.14)]
    intro = text["summary_intro"].format(
        period=context.period_text,
        received=disputes["received"],
        resolved=disputes["resolved"],
        on_spot=disputes["resolved_on_spot"],
        escalated=disputes["escalated"],
        overdue=disputes["overdue_at_month_end"],
    )
    return [
        context.para(text["summary"], "title"),
        context.para(intro, "body"),
        context.para(" ", "small"),
        data_table(rows, widths, language=context.language, numeric=(1, 2, 3, 4, 5)),
        context.para(" ", "small"),
        _image(charts["compare"], 170, 62),
        PageBreak(),
    ]


def _breakdown(context: Context, counts: dict[str, int], kind: str, title: str) -> list[Any]:
    text = context.text
    total = sum(counts.values())
    rows = [[text["item"], text["count"], text["share"]]]
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rows.append([context.names[kind].get(code, code), str(n), share(n, total)])
    widths = [CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.25]
    if len(rows) == 1:
        return [context.para(text[title], "subheading"), context.para(text["no_data"], "body")]
    return [
        context.para(text[title], "subheading"),
        data_table(rows, widths, language=context.language, numeric=(1, 2), report=context.glyphs),
    ]


def disputes(context: Context, charts: dict[str, bytes]) -> list[Any]:
    from reportlab.platypus import Table

    text, figures = context.text, context.figures
    disputes = figures["disputes"]
    story: list[Any] = [context.para(text["disputes"], "title")]
    pictures = [
        _image(charts[key], 84, 62) for key in ("by_category", "by_source") if key in charts
    ]
    if pictures:
        side_by_side = Table([pictures], colWidths=[CONTENT_WIDTH / 2] * len(pictures))
        side_by_side.setStyle([("FONTNAME", (0, 0), (-1, -1), pdf_font())])
        story.append(side_by_side)
    for key, kind, title in (
        ("by_category", "category", "by_category"),
        ("by_unit_type", "unit_type", "by_unit_type"),
        ("by_severity", "severity", "by_severity"),
        ("by_source", "source", "by_source"),
        ("by_warning_colour", "colour", "by_colour"),
    ):
        story += _breakdown(context, disputes[key], kind, title)
    ranked = sorted(
        disputes["by_unit"].items(),
        key=lambda item: (-item[1]["received"], -item[1]["resolved"], item[0]),
    )
    rows = [[text["rank"], text["unit"], text["received"], text["resolved"], text["rate"]]]
    for rank, (code, counts) in enumerate(ranked, start=1):
        rows.append(
            [
                str(rank),
                context.names["unit"].get(code, code),
                str(counts["received"]),
                str(counts["resolved"]),
                share(counts["resolved"], counts["received"]) if counts["received"] else DASH,
            ]
        )
    story += [
        context.para(text["units_ranked"], "subheading"),
        data_table(
            rows,
            [CONTENT_WIDTH * w for w in (0.1, 0.45, 0.15, 0.15, 0.15)],
            language=context.language,
            numeric=(0, 2, 3, 4),
            report=context.glyphs,
        ),
    ]
    return story


def _pairs(context: Context, items: list[tuple[str, Any]]) -> Any:
    rows = [[context.text["indicator"], context.text["this_month"]]]
    rows += [[label, number(value)] for label, value in items]
    return data_table(
        rows, [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3], language=context.language, numeric=(1,)
    )


def _row_label(context: Context, key: str) -> str:
    for path, zh, en in SUMMARY_ROWS:
        if path == key:
            return zh if context.zh else en
    return key


def meetings_and_leads(context: Context) -> list[Any]:
    figures = context.figures
    meetings, leads = figures["meetings"], figures["leads"]
    attendees = "参会群众（人次）" if context.zh else "Attendance"
    gatherings = "其中涉及聚集（条）" if context.zh else "Of which about gatherings"
    story = [
        context.para(context.text["meetings"], "title"),
        _pairs(
            context,
            [
                (_row_label(context, "meetings.held"), meetings["held"]),
                (attendees, meetings["attendees"]),
                (_row_label(context, "meetings.demands"), meetings["demands"]),
                (
                    _row_label(context, "meetings.demands_resolved_on_spot"),
                    meetings["demands_resolved_on_spot"],
                ),
            ],
        ),
        context.para(context.text["leads"], "title"),
        _pairs(
            context,
            [
                (_row_label(context, "leads.captured"), leads["captured"]),
                (gatherings, leads["gatherings"]),
                (_row_label(context, "leads.handed_to_police"), leads["handed_to_police"]),
            ],
        ),
    ]
    if leads["by_level"]:
        story += _breakdown(context, leads["by_level"], "colour", "by_colour")
    return story


PSYCH_ROWS = (
    ("persons_in_care", "在册人数", "Persons in care"),
    ("new_in_month", "本月新建台账", "New ledgers this month"),
    ("referred", "转介人数", "Persons referred"),
    ("referred_emergency", "其中紧急转介", "Of which emergency referrals"),
    ("crises_opened", "危机干预人数", "Persons in crisis intervention"),
    ("crises_closed", "危机干预结束人数", "Crisis interventions closed"),
    ("overdue_follow_ups", "月末跟踪逾期人数", "Overdue follow-ups at month end"),
)


def psych(context: Context) -> list[Any]:
    from reportlab.platypus import Spacer

    text, figures = context.text, context.figures
    story: list[Any] = [context.para(text["psych"], "title")]
    if figures["psych"] is None:
        return [*story, context.para(text["psych_hidden"], "body")]
    values = figures["psych"]
    story += [
        context.para(text["psych_note"], "small"),
        _pairs(
            context,
            [(zh if context.zh else en, values[key]) for key, zh, en in PSYCH_ROWS],
        ),
    ]
    rows = [[text["group"], text["persons"]]]
    for code in sorted(values["by_group"]):
        rows.append(
            [context.names["psych_group"].get(code, code), number(values["by_group"][code])]
        )
    if len(rows) > 1:
        story += [
            Spacer(1, 4 * MM),
            data_table(
                rows,
                [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
                language=context.language,
                numeric=(1,),
            ),
        ]
    return story


def rosters(context: Context) -> list[Any]:
    from reportlab.platypus import Spacer

    text, values = context.text, context.figures["rosters"]
    posts = "岗位总数（个）" if context.zh else "Posts"
    expired = "本月到期借调（人次）" if context.zh else "Secondments ended this month"
    story = [
        context.para(text["rosters"], "title"),
        _pairs(
            context,
            [
                (posts, values["posts"]),
                (_row_label(context, "rosters.vacant"), values["vacant"]),
                (expired, values["secondments_expired"]),
            ],
        ),
    ]
    rows = [[text["vacancies_by_type"], text["vacant"]]]
    for code, n in sorted(values["vacant_by_unit_type"].items(), key=lambda i: (-i[1], i[0])):
        rows.append([context.names["unit_type"].get(code, code), str(n)])
    if len(rows) > 1:
        story.append(Spacer(1, 4 * MM))
        story.append(
            data_table(
                rows,
                [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
                language=context.language,
                numeric=(1,),
            )
        )
    return story


def appendix(context: Context) -> list[Any]:
    from reportlab.platypus import PageBreak

    key = "zh" if context.zh else "en"
    story: list[Any] = [PageBreak(), context.para(context.text["appendix"], "title")]
    for number_, line in enumerate(DEFINITIONS[key], start=1):
        story.append(context.para(f"{number_}. {line}", "body"))
    story += [
        context.para(" ", "small"),
        context.para(
            context.text["cover_digest"].format(digest=context.figures["digest"]), "small"
        ),
        context.para(context.text["verify"], "small"),
    ]
    return story


__all__ = ["SUPPRESSED", "Context"]

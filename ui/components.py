"""The answer card: the answer, the key figure, the list as a table, and the citations."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd
import streamlit as st

from insyn.contract import AskResponse, FigureOut, HitOut, RecordOut
from insyn.ui.format import format_figure, highlight, is_pdf, source_file
from insyn.ui.i18n import column, t

UPPDRAG_FIELDS = ("status", "uppdrag", "riktas_till", "periodicitet", "slutdatum")

CSS = """
<style>
.block-container {max-width: 1240px; padding-top: 2rem;}
.insyn-tagline {color: #4a5560; font-size: 1.05rem; margin: -0.5rem 0 1rem 0;}
.insyn-answer {font-size: 1.15rem; line-height: 1.55; margin: 0.25rem 0 0.75rem 0;}
.insyn-passage {border-left: 4px solid #1f5fa8; background: rgba(31, 95, 168, 0.06);
  padding: 0.6rem 0.9rem; margin: 0.3rem 0 0.5rem 0; line-height: 1.5; white-space: pre-wrap;
  overflow-wrap: anywhere; font-size: 0.97rem;}
.insyn-passage mark {background: #ffe27a; color: #1a1a1a; padding: 0 0.1em; border-radius: 2px;
  white-space: nowrap;}
.insyn-source {font-weight: 600; margin-bottom: 0;}
.insyn-meta {color: #4a5560; font-size: 0.9rem; overflow-wrap: anywhere;}
.insyn-pdf a {font-weight: 600;}
[data-testid="stAppDeployButton"] {display: none;}
[data-testid="stRadioOption"][data-selected="true"] > div > div:first-child {
  background-color: #1f5fa8 !important; border-color: #1f5fa8 !important;}
[data-testid="stBaseButton-primary"], [data-testid="stBaseButton-primaryFormSubmit"] {
  background-color: #1f5fa8; border-color: #1f5fa8; color: #ffffff;}
[data-testid="stBaseButton-primary"]:hover, [data-testid="stBaseButton-primaryFormSubmit"]:hover {
  background-color: #174a85; border-color: #174a85; color: #ffffff;}
</style>
"""


def inject_css() -> None:
    st.html(CSS)


def doc_title(doc: str, documents: Mapping[str, object]) -> str:
    row = documents.get(doc)
    return getattr(row, "title", None) or doc


def records_frame(records: list[RecordOut], documents: Mapping[str, object], lang: str,
                  with_file: bool = False) -> pd.DataFrame:
    """Records as a table with readable headers: the uppdrag columns, else the fields as found."""
    if all(r.type == "uppdrag" for r in records):
        fields = list(UPPDRAG_FIELDS)
    else:
        fields = []
        for r in records:
            fields += [f for f in r.fields if f not in fields]
    rows = []
    for r in records:
        row = {column(f, lang): r.fields.get(f, "") for f in fields}
        row[column("dokument", lang)] = doc_title(r.doc, documents)
        row[column("sida", lang)] = r.page
        if with_file:
            row[column("fil", lang)] = r.doc
        rows.append(row)
    frame = pd.DataFrame(rows)
    page = column("sida", lang)
    if page in frame:
        frame[page] = frame[page].astype("Int64")
    return frame


WIDTHS = {"status": 110, "uppdrag": 380, "riktas_till": 230, "periodicitet": 130, "slutdatum": 100,
          "dokument": 230, "sida": 60, "indikator": 320, "delmal": 280}


def table_config(frame: pd.DataFrame, lang: str) -> dict:
    """Column widths that keep the long text readable; the grid scrolls sideways on a phone."""
    config: dict = {}
    for name, width in WIDTHS.items():
        header = column(name, lang)
        if header in frame:
            config[header] = (st.column_config.NumberColumn(header, format="%d", width=width) if name == "sida"
                              else st.column_config.TextColumn(header, width=width))
    return config


def table_height(rows: int) -> int | str:
    """Every row visible up to 15 rows, then the grid scrolls."""
    return 38 + 35 * min(rows, 15) if rows else "auto"


def answer_text(resp: AskResponse) -> str:
    """The answer as HTML; for a list, only its lead line (the table carries the rows)."""
    lines = [ln for ln in resp.answer.splitlines() if ln.strip()]
    if resp.records and lines:
        lines = [lines[0].rstrip(":")] if not lines[0].lstrip().startswith("-") else []
    return "<br>".join(html.escape(ln) for ln in lines)


def render_answer(resp: AskResponse, question: str, documents: Mapping[str, object],
                  index_dir: Path | None, lang: str, filters: Mapping[str, str] | None = None,
                  on_clear: Callable[[], None] | None = None) -> None:
    with st.container(border=True):
        if not resp.found:
            render_not_found(lang, filters, on_clear)
            return
        st.subheader(t("answer", lang), anchor=False)
        text = answer_text(resp)
        if text:
            st.markdown(f'<div class="insyn-answer">{text}</div>', unsafe_allow_html=True)
        if resp.figures and not resp.records:
            render_figures(resp.figures, documents, lang)
        if resp.records:
            if not text:
                st.markdown(f"**{t('rows_match', lang, n=len(resp.records))}**")
            render_records(resp.records, documents, lang)
        st.caption(t("share", lang))
    if resp.citations:
        render_citations(resp.citations, question, documents, index_dir, lang)


def render_not_found(lang: str, filters: Mapping[str, str] | None = None,
                     on_clear: Callable[[], None] | None = None) -> None:
    st.subheader(f":material/search_off: {t('not_found', lang)}", anchor=False)
    st.write(t("not_found_help", lang))
    if filters:
        st.markdown(t("not_found_filters", lang) + " " + ", ".join(f"{_md(k)}: **{_md(v)}**"
                                                                  for k, v in filters.items()))
        if on_clear is not None:
            st.button(t("clear_filters", lang), on_click=on_clear, key="clear_filters_nf",
                      icon=":material/filter_alt_off:")


def render_figures(figures: list[FigureOut], documents: Mapping[str, object], lang: str) -> None:
    top = figures[0]
    where = doc_title(top.doc, documents) + (f", {t('page', lang)} {top.page}" if top.page else "")
    st.metric(label=top.label or top.text, value=format_figure(top.value, top.unit, lang),
              help=f"{top.text} ({where})")
    st.caption(f"{html.escape(top.text)} — {html.escape(where)}")
    rest = figures[1:6]
    if rest:
        with st.expander(t("more_figures", lang)):
            for f in rest:
                page = f", {t('page', lang)} {f.page}" if f.page else ""
                st.markdown(f"- **{format_figure(f.value, f.unit, lang)}** — {_md(f.label)} "
                            f"({_md(doc_title(f.doc, documents))}{page})")


def render_records(records: list[RecordOut], documents: Mapping[str, object], lang: str) -> None:
    frame = records_frame(records, documents, lang)
    st.dataframe(frame, hide_index=True, column_config=table_config(frame, lang), key="answer_table",
                 alt=t("table_alt", lang), height=table_height(len(frame)))
    csv = records_frame(records, documents, lang, with_file=True).to_csv(index=False).encode("utf-8-sig")
    kind = records[0].type if len({r.type for r in records}) == 1 else "rader"
    st.download_button(t("download_csv", lang), csv, file_name=f"insyn-{kind}.csv", mime="text/csv",
                       icon=":material/download:", on_click="ignore", key="csv")


def render_citations(hits: list[HitOut], question: str, documents: Mapping[str, object],
                     index_dir: Path | None, lang: str) -> None:
    st.subheader(t("sources", lang), anchor=False)
    for n, hit in enumerate(hits, start=1):
        with st.container(border=True):
            title = html.escape(hit.title or doc_title(hit.doc, documents))
            page = f"{t('page_cap', lang)} {hit.page}" if hit.page else t("no_page", lang)
            meta = " · ".join(html.escape(p) for p in (page, hit.section, hit.doc) if p)
            st.markdown(f'<p class="insyn-source">{n}. {title}</p><p class="insyn-meta">{meta}</p>'
                        f'<div class="insyn-passage">{highlight(hit.text, question)}</div>',
                        unsafe_allow_html=True)
            if hit.repaired and hit.repaired != hit.text:
                with st.expander(t("repaired", lang)):
                    st.markdown(f'<div class="insyn-passage">{highlight(hit.repaired, question)}</div>',
                                unsafe_allow_html=True)
            if is_pdf(hit.doc):
                render_pdf_link(hit.doc, hit.page, documents, index_dir, lang, key=f"pdf-{n}-{hit.id}")


@st.cache_resource(show_spinner=False, max_entries=32)
def _pdf_bytes(path: str, mtime: float) -> bytes:
    return Path(path).read_bytes()


def pdf_url(path: Path, key: str) -> str | None:
    """A URL on this Streamlit server that shows the PDF inline (the media endpoint), or None.

    Streamlit can only serve files it is handed, so the PDF's bytes are registered with the
    session's media file manager, the same store st.image and st.video use; the browser's PDF
    viewer then honours `#page=N`. None when no runtime is there to register them (tests).
    """
    try:
        from streamlit import runtime

        if not runtime.exists():
            return None
        data = _pdf_bytes(str(path), path.stat().st_mtime)
        return runtime.get_instance().media_file_mgr.add(data, "application/pdf", f"insyn-{key}",
                                                         file_name=path.name)
    except Exception:  # an internal API: degrade to the download button
        return None


def render_pdf_link(doc: str, page: int | None, documents: Mapping[str, object], index_dir: Path | None,
                    lang: str, key: str) -> None:
    row = documents.get(doc)
    path = source_file(getattr(row, "path", "") or "", index_dir) if row is not None else None
    if path is None:
        return
    url = pdf_url(path, key)
    if url:
        label = t("open_pdf", lang, page=page) if page else t("open_pdf_nopage", lang)
        target = f"{url}#page={page}" if page else url
        st.markdown(f'<p class="insyn-pdf"><a href="{html.escape(target)}" target="_blank" rel="noopener">'
                    f'{html.escape(label)} ↗</a> <span class="insyn-meta">{t("pdf_hint", lang)}</span></p>',
                    unsafe_allow_html=True)
    else:
        st.download_button(t("download_pdf", lang, name=path.name),
                           lambda: _pdf_bytes(str(path), path.stat().st_mtime),
                           file_name=path.name, mime="application/pdf", key=key, on_click="ignore",
                           icon=":material/picture_as_pdf:")


def _md(text: str) -> str:
    """Text safe inside markdown: no markup, no HTML."""
    out = html.escape(text)
    for c in "\\`*_[]#|~$":
        out = out.replace(c, "\\" + c)
    return out

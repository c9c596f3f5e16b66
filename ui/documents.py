"""The page of one document: its uppdrag by status and end date, its indikatorer against their goals."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from insyn.contract import RecordOut
from insyn.index import store
from insyn.ingest.numbers import parse_swedish_number
from insyn.ui.components import records_frame, table_config, table_height
from insyn.ui.format import format_number, short
from insyn.ui.i18n import column, t


def document_records(index, doc: str) -> dict[str, list[RecordOut]]:
    """The document's records by type."""
    out: dict[str, list[RecordOut]] = {}
    for _, r in store.records(index.con, None, [doc]):
        out.setdefault(r.type, []).append(RecordOut.of(r))
    return out


def status_counts(records: list[RecordOut], field: str, missing: str) -> pd.DataFrame:
    values = [(r.fields.get(field) or "").strip() or missing for r in records]
    counts = pd.Series(values).value_counts().sort_index()
    return pd.DataFrame({"value": counts.index, "count": counts.values})


def indicator_frame(records: list[RecordOut]) -> pd.DataFrame:
    """Indikatorer whose utfall and mål both parse as numbers, with utfall as % of mål."""
    rows = []
    for r in records:
        utfall = parse_swedish_number(r.fields.get("utfall", "") or "")
        mal = parse_swedish_number(r.fields.get("mal", "") or "")
        if utfall is None or mal is None or mal == 0:
            continue
        name = r.fields.get("indikator") or r.fields.get("delmal") or r.text
        rows.append({"indikator": short(name, 48), "namn": name, "utfall": utfall, "mal": mal,
                     "procent": round(100 * utfall / mal, 1),
                     "varden": f"{format_number(utfall)} / {format_number(mal)}",
                     "ar": f"{r.fields.get('utfall_ar', '')} / {r.fields.get('mal_ar', '')}".strip(" /"),
                     "sida": r.page})
    frame = pd.DataFrame(rows)
    if not frame.empty:  # one bar per name, even where two indicators share a shortened label
        frame["indikator"] = [f"{s} ({i + 1})" if dup else s for i, (s, dup)
                              in enumerate(zip(frame["indikator"], frame["indikator"].duplicated(keep=False)))]
    return frame


def indicator_chart(frame: pd.DataFrame, lang: str) -> alt.Chart:
    pct, ind = t("pct_of_target", lang), column("indikator", lang)
    data = frame.rename(columns={"procent": pct, "indikator": ind})
    tooltip = [alt.Tooltip("namn:N", title=ind), alt.Tooltip("utfall:Q", title=t("utfall", lang)),
               alt.Tooltip("mal:Q", title=t("mal", lang)), alt.Tooltip(f"{pct}:Q", title=pct),
               alt.Tooltip("ar:N", title=column("utfall_ar", lang) + " / " + column("mal_ar", lang))]
    y = alt.Y(f"{ind}:N", sort=None, title=None, axis=alt.Axis(labelLimit=230))
    bars = alt.Chart(data).mark_bar(color="#1f5fa8").encode(
        x=alt.X(f"{pct}:Q", title=pct), y=y, tooltip=tooltip)
    labels = bars.mark_text(align="left", dx=4, color="#333333").encode(text="varden:N")
    goal = alt.Chart(pd.DataFrame({"x": [100]})).mark_rule(color="#b3261e", strokeDash=[4, 3], size=2).encode(x="x:Q")
    return (bars + labels + goal).properties(height=max(120, 28 * len(data)))


def render_document_page(index, lang: str) -> None:
    documents = index.documents
    if not documents:
        st.info(t("no_docs", lang))
        return
    docs = sorted(documents, key=lambda d: (-(documents[d].year or 0), documents[d].title))
    if st.session_state.get("doc_page") not in docs:
        st.session_state["doc_page"] = docs[0]
    doc = st.selectbox(t("doc_pick", lang), docs, key="doc_page",
                       format_func=lambda d: f"{documents[d].title} ({d})")
    row = documents[doc]
    st.header(row.title, anchor=False)
    unknown = t("unknown", lang)
    st.caption(t("doc_meta", lang, year=row.year or unknown, organ=row.organ or unknown,
                 region=row.region or unknown, kind=row.doc_type or unknown)
               + (f" · {row.pages} {t('page', lang)}" if row.pages else "") + f" · {doc}")
    by_type = document_records(index, doc)

    st.subheader(t("uppdrag", lang), anchor=False)
    uppdrag = by_type.pop("uppdrag", [])
    if not uppdrag:
        st.write(t("none_uppdrag", lang))
    else:
        left, right = st.columns(2)
        count = t("count", lang)
        with left:
            st.markdown(f"**{t('by_status', lang)}**")
            data = status_counts(uppdrag, "status", unknown)
            st.bar_chart(data, x="value", y="count", x_label=column("status", lang), y_label=count,
                         color="#1f5fa8", horizontal=True)
        with right:
            st.markdown(f"**{t('by_end', lang)}**")
            data = status_counts(uppdrag, "slutdatum", unknown)
            st.bar_chart(data, x="value", y="count", x_label=column("slutdatum", lang), y_label=count,
                         color="#2e7d4f", horizontal=True)
        frame = records_frame(uppdrag, documents, lang)
        st.dataframe(frame, hide_index=True, key="doc_uppdrag", column_config=table_config(frame, lang),
                     height=table_height(len(frame)))

    st.subheader(t("indikatorer", lang), anchor=False)
    indikatorer = by_type.pop("indikator", [])
    if not indikatorer:
        st.write(t("none_indikator", lang))
    else:
        frame = indicator_frame(indikatorer)
        st.markdown(f"**{t('utfall_vs_mal', lang)}**")
        if frame.empty:
            st.write(t("no_numbers", lang))
        else:
            st.altair_chart(indicator_chart(frame, lang), width="stretch")
            st.caption(t("utfall_vs_mal_help", lang))
        with st.expander(t("all_indicators", lang, n=len(indikatorer))):
            table = records_frame(indikatorer, documents, lang)
            st.dataframe(table, hide_index=True, key="doc_indikator", column_config=table_config(table, lang))

    rest = [r for records in by_type.values() for r in records]
    if rest:
        with st.expander(t("other_rows", lang, n=len(rest))):
            for kind, records in sorted(by_type.items()):
                st.markdown(f"**{column(kind, lang)}**")
                st.dataframe(records_frame(records, documents, lang), hide_index=True, key=f"doc_{kind}")

"""insyn's Streamlit app: ask the governance documents, see the sources, browse a document.

Run with `insyn ui` (it sets INSYN_INDEX). The address holds the question and the filters,
`/?q=vilka uppdrag har slutdatum 2025-12-31&year=2025`, so an answer can be shared as a link;
`/?view=dokument&d=FILE` opens a document's page.

Importing this module has no effect (the CLI imports it to find its file); Streamlit runs it
as `__main__`.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from pydantic import ValidationError

from insyn.contract import AskRequest, AskResponse
from insyn.errors import InsynError
from insyn.ui.components import inject_css, render_answer
from insyn.ui.documents import render_document_page
from insyn.ui.format import plain
from insyn.ui.i18n import EXAMPLES, t

FILTERS = ("doc", "year", "organ", "kind")
VIEWS = ("ask", "docs")
ALL = ""  # the filter choice "Alla": no filter
URL_VIEW = {"ask": None, "docs": "dokument"}
# Widget values kept when a widget is not drawn (the other view), so nothing is lost on the way.
KEPT = ("question", "lang_choice", "view", "doc_page") + tuple(f"f_{f}" for f in FILTERS)


@st.cache_resource(show_spinner=False)
def get_engine(index: str, fake: str):
    """One engine (and so one loaded model) per index folder, shared by every session."""
    from insyn.answer.engine import Engine
    from insyn.settings import get_settings

    return Engine(get_settings())


def engine_key() -> tuple[str, str]:
    return os.environ.get("INSYN_INDEX", ""), os.environ.get("INSYN_FAKE_EMBEDDER", "")


# --- state -----------------------------------------------------------------------------
def init_state(values: dict[str, list[str]]) -> None:
    """On a session's first run, take the question, filters and view from the address."""
    ss = st.session_state
    for key in KEPT:
        if key in ss:
            ss[key] = ss[key]
    if ss.get("_init"):
        return
    ss["_init"] = True
    params = st.query_params
    ss["bad_params"] = []
    for name in FILTERS:
        ss[f"f_{name}"] = ALL
        raw = params.get(name)
        if raw:
            match = next((v for v in values[name] if v.casefold() == raw.strip().casefold()), None)
            if match is None:
                ss["bad_params"].append((name, raw))
            ss[f"f_{name}"] = match or ALL
    q = (params.get("q") or "").strip()
    ss["question"] = q
    ss["asked"] = q or None
    ss["view"] = "docs" if params.get("view") == URL_VIEW["docs"] else "ask"
    if params.get("d") in values["doc"]:
        ss["doc_page"] = params["d"]
    ss["lang_choice"] = params.get("lang") if params.get("lang") in ("sv", "en") else "auto"


def filters() -> dict[str, str]:
    return {f: st.session_state[f"f_{f}"] for f in FILTERS if st.session_state.get(f"f_{f}")}


def clear_filters() -> None:
    for f in FILTERS:
        st.session_state[f"f_{f}"] = ALL


def ask_example(question: str) -> None:
    st.session_state["question"] = question
    st.session_state["asked"] = question


def submit() -> None:
    st.session_state["asked"] = " ".join((st.session_state.get("question") or "").split()) or None


def sync_url() -> None:
    """Write the question and filters (or the document shown) into the address bar."""
    ss = st.session_state
    want: dict[str, str] = {}
    if ss["view"] == "docs":
        want = {"view": URL_VIEW["docs"], "d": ss.get("doc_page") or ""}
    elif ss.get("asked"):
        want = {"q": ss["asked"], **filters()}
    if ss.get("lang_choice") in ("sv", "en"):
        want["lang"] = ss["lang_choice"]
    want = {k: v for k, v in want.items() if v}
    if {k: st.query_params[k] for k in st.query_params} != want:
        st.query_params.from_dict(want)


# --- answering -------------------------------------------------------------------------
def current_answer(engine, lang_hint: str) -> tuple[AskResponse | None, str | None]:
    """The answer to the asked question under the current filters: (response, error message)."""
    ss = st.session_state
    asked = ss.get("asked")
    if not asked:
        return None, None
    f = filters()
    key = (asked, tuple(sorted(f.items())))
    if ss.get("_answer_key") == key:
        return ss["_answer"]
    try:
        with st.spinner(t("asking", lang_hint)):
            req = AskRequest(q=asked, doc=f.get("doc"), year=int(f["year"]) if f.get("year") else None,
                             organ=f.get("organ"), kind=f.get("kind"))
            result: tuple[AskResponse | None, str | None] = (engine.ask(req), None)
    except InsynError as err:
        result = (None, str(err))
    except ValidationError as err:
        result = (None, "; ".join(e["msg"] for e in err.errors()))
    ss["_answer_key"], ss["_answer"] = key, result
    return result


def resolve_lang(resp: AskResponse | None) -> str:
    choice = st.session_state.get("lang_choice", "auto")
    if choice in ("sv", "en"):
        return choice
    if resp is not None:
        return resp.lang
    asked = st.session_state.get("asked")
    if asked:
        from insyn.answer.engine import detect_lang

        return detect_lang(asked)
    return "sv"


# --- layout ----------------------------------------------------------------------------
def sidebar(index, values: dict[str, list[str]], lang: str) -> None:
    docs = index.documents
    with st.sidebar:
        st.radio(t("view", lang), VIEWS, key="view",
                 format_func=lambda v: t("view_ask" if v == "ask" else "view_docs", lang))
        st.radio(t("language", lang), ("auto", "sv", "en"), key="lang_choice",
                 format_func=lambda v: {"auto": t("lang_auto", lang), "sv": "Svenska", "en": "English"}[v])
        if st.session_state["view"] != "ask":
            return
        st.subheader(t("filters", lang), anchor=False)
        st.caption(t("filters_help", lang))
        names = {
            "doc": lambda d: f"{docs[d].title} ({d})" if d in docs else d,
            "year": str,
            "organ": lambda o: o[:1].upper() + o[1:],
            "kind": lambda k: t(f"kind_{k}", lang),
        }
        for f in FILTERS:
            st.selectbox(t(f"f_{f}", lang), [ALL, *values[f]], key=f"f_{f}",
                         format_func=lambda v, f=f: t("all", lang) if v == ALL else names[f](v))
        st.button(t("clear_filters", lang), on_click=clear_filters, disabled=not filters(),
                  icon=":material/filter_alt_off:")


def question_box(lang: str) -> None:
    with st.form("ask_form", border=False, enter_to_submit=True):
        st.text_input(t("question", lang), key="question", placeholder=t("question_ph", lang), max_chars=500)
        st.form_submit_button(t("ask", lang), type="primary", on_click=submit, icon=":material/search:")
    st.markdown(f"**{t('examples', lang)}**")
    for col, example in zip(st.columns(len(EXAMPLES)), EXAMPLES):
        col.button(example, key=f"example_{EXAMPLES.index(example)}", on_click=ask_example, args=(example,),
                   width="stretch", wrap=True)


def main() -> None:
    st.set_page_config(page_title="Insyn", page_icon=":material/travel_explore:", layout="wide",
                       initial_sidebar_state="auto")
    inject_css()
    try:
        engine = get_engine(*engine_key())
        index = engine.index()
    except Exception as err:  # no index yet, or built with another model
        lang = "sv"
        st.title("Insyn", anchor=False)
        st.error(t("no_index", lang, msg=plain(err)))
        st.info(t("no_index_help", lang))
        st.stop()
    values = index.values()
    init_state(values)
    ss = st.session_state
    choice = ss.get("lang_choice")
    resp, error = current_answer(engine, choice if choice in ("sv", "en") else "sv") if ss["view"] == "ask" else (None, None)
    lang = resolve_lang(resp)
    sidebar(index, values, lang)

    st.title("Insyn", anchor=False)
    st.markdown(f'<p class="insyn-tagline">{t("tagline", lang)}</p>', unsafe_allow_html=True)
    for name, raw in ss.get("bad_params", []):
        st.warning(t("bad_param", lang, param=plain(f"{name}={raw}")))  # as typed: never Markdown
    if ss["view"] == "docs":
        render_document_page(index, lang)
    else:
        question_box(lang)
        if error:
            st.error(t("error", lang, msg=plain(error)))
        elif resp is not None:
            render_answer(resp, ss["asked"], index.documents, Path(engine.settings.index), lang,
                          filters=_filter_labels(index, lang), on_clear=clear_filters)
    sync_url()


def _filter_labels(index, lang: str) -> dict[str, str]:
    out = {}
    for f, v in filters().items():
        shown = index.documents[v].title if f == "doc" and v in index.documents else v
        out[t(f"f_{f}", lang)] = t(f"kind_{v}", lang) if f == "kind" else shown
    return out


if __name__ == "__main__":
    main()

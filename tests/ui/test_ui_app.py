"""The app's behaviour through Streamlit's AppTest: deep links, list answers, not found, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import APP  # noqa: E402  (tests/ui/conftest.py)

LIST_Q = "vilka uppdrag har slutdatum 2025-12-31"
NONSENSE_Q = "Hur många elefanter finns på Mars?"


def run(app_env: Path, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [s.value for s in at.subheader] + [c.value for c in at.caption]
    return "\n".join(parts)


def test_start_page_has_labelled_question_box_and_examples(app_env: Path) -> None:
    at = run(app_env)
    box = at.text_input(key="question")
    assert box.label == "Din fråga" and box.value == ""
    labels = [b.label for b in at.button]
    assert "vilka uppdrag har slutdatum 2025-12-31?" in labels
    assert "Hur stor är budgeten för primärvård 2025?" in labels
    assert "Vilka indikatorer följer hälso- och sjukvårdsnämnden för arbetsmiljö?" in labels
    assert [s.label for s in at.sidebar.selectbox] == ["Dokument", "År", "Nämnd eller styrelse", "Typ av text"]
    assert not at.dataframe
    assert dict(at.query_params) == {}


def test_query_param_runs_the_question_and_lists_rows(app_env: Path) -> None:
    at = run(app_env, q=LIST_Q)
    assert at.text_input(key="question").value == LIST_Q
    assert at.dataframe, "the list answer is a table"
    frame = at.dataframe[0].value
    assert list(frame.columns) == ["Status", "Uppdrag", "Riktas till", "Periodicitet", "Slutdatum", "Dokument", "Sida"]
    assert "Minska hyrberoendet" in set(frame["Uppdrag"])
    assert set(frame["Slutdatum"]) == {"2025-12-31"}
    assert frame["Dokument"].str.startswith(("Nämndplan", "Regionplan", "Årsredovisning")).all()
    assert any(d.label.startswith("Ladda ner tabellen") for d in at.get("download_button"))
    assert "Källor" in [s.value for s in at.subheader]
    body = texts(at)
    assert "<mark>" in body and "Nämndplan 2025" in body


def test_csv_download_holds_every_row(app_env: Path) -> None:
    from insyn.answer.engine import Engine
    from insyn.contract import AskRequest
    from insyn.settings import Settings
    from insyn.ui.components import records_frame

    engine = Engine(Settings(index=app_env))
    resp = engine.ask(AskRequest(q=LIST_Q))
    frame = records_frame(resp.records, engine.index().documents, "sv", with_file=True)
    csv = frame.to_csv(index=False)
    assert csv.splitlines()[0] == "Status,Uppdrag,Riktas till,Periodicitet,Slutdatum,Dokument,Sida,Fil"
    assert len(csv.splitlines()) == len(resp.records) + 1
    assert "Minska hyrberoendet" in csv


def test_asking_updates_the_url(app_env: Path) -> None:
    at = run(app_env)
    at.text_input(key="question").input(LIST_Q)
    at.button[0].click().run()  # the form's submit button comes first
    assert not at.exception
    assert at.query_params["q"] == LIST_Q
    assert at.dataframe


def test_example_button_asks_it(app_env: Path) -> None:
    at = run(app_env)
    at.button(key="example_0").click().run()
    assert at.query_params["q"] == "vilka uppdrag har slutdatum 2025-12-31?"
    assert at.text_input(key="question").value == "vilka uppdrag har slutdatum 2025-12-31?"
    assert "Minska hyrberoendet" in set(at.dataframe[0].value["Uppdrag"])


def test_not_found_state(app_env: Path) -> None:
    at = run(app_env, q=NONSENSE_Q)
    assert any("Dokumenten besvarar inte frågan" in s.value for s in at.subheader)
    assert not at.dataframe and not at.metric


def test_filters_from_url_narrow_and_can_be_cleared(app_env: Path) -> None:
    at = run(app_env, q=LIST_Q, year="2025", doc="002_b44e5d8e8ff73640.txt")
    assert at.selectbox(key="f_year").value == "2025"
    assert at.selectbox(key="f_doc").value == "002_b44e5d8e8ff73640.txt"
    frame = at.dataframe[0].value
    assert set(frame["Dokument"]) == {"Nämndplan 2025 Hälso- och sjukvårdsnämnden"}
    assert "Minska hyrberoendet" in set(frame["Uppdrag"])
    assert at.query_params["year"] == "2025"

    at.sidebar.button[0].click().run()  # Rensa filter
    assert at.selectbox(key="f_doc").value == "" and at.selectbox(key="f_year").value == ""
    assert "doc" not in at.query_params and "year" not in at.query_params
    assert at.query_params["q"] == LIST_Q and at.dataframe


def test_filter_change_reasks(app_env: Path) -> None:
    at = run(app_env, q=LIST_Q)
    at.selectbox(key="f_organ").set_value("regionfullmäktige").run()
    assert not at.exception
    assert at.query_params["organ"] == "regionfullmäktige"
    docs = set(at.dataframe[0].value["Dokument"]) if at.dataframe else set()
    assert docs <= {"Regionplan 2025 Regionfullmäktige"}


def test_unknown_filter_value_in_url_is_named_and_ignored(app_env: Path) -> None:
    at = run(app_env, q=LIST_Q, year="1999")
    assert any("year=1999" in w.value for w in at.warning)
    assert at.selectbox(key="f_year").value == ""


def test_english_question_gives_english_labels(app_env: Path) -> None:
    at = run(app_env, q="which assignments end on 2025-12-31?")
    assert at.text_input(key="question").label == "Your question"
    at.sidebar.radio(key="lang_choice").set_value("sv").run()
    assert at.text_input(key="question").label == "Din fråga"
    assert at.query_params["lang"] == "sv"


def test_bad_input_is_an_error_message_not_a_crash(app_env: Path) -> None:
    at = run(app_env, q="x" * 600)
    assert at.error and "500" in at.error[0].value


def test_document_page_charts(app_env: Path) -> None:
    at = run(app_env, view="dokument", d="002_b44e5d8e8ff73640.txt")
    assert [h.value for h in at.header] == ["Nämndplan 2025 Hälso- och sjukvårdsnämnden"]
    assert [s.value for s in at.subheader] == ["Uppdrag", "Indikatorer"]
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3  # uppdrag by status, by slutdatum, indikatorer utfall against mål
    uppdrag = at.dataframe[0].value
    assert "Uppdrag" in uppdrag.columns and len(uppdrag) > 0
    at.selectbox(key="doc_page").set_value("000_14dd89f663d29f12.txt").run()
    assert at.query_params["d"] == "000_14dd89f663d29f12.txt"
    assert "Minska hyrberoendet" in set(at.dataframe[0].value["Uppdrag"])


@pytest.mark.parametrize("missing", ["nowhere"])
def test_missing_index_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setenv("INSYN_INDEX", str(tmp_path / missing))
    monkeypatch.setenv("INSYN_FAKE_EMBEDDER", "1")
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert at.error and "insyn ingest" in at.info[0].value

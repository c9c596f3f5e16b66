"""The HTTP API of CONTRACT.md: thin routes over `Engine`, one error shape (see `errors.py`).

The engine, and so the model and the index, load in the lifespan, never at import. Each request
asks the engine once for the live index (reopened after `insyn ingest` swaps a new build in)
and finishes on the one it got. Nothing here writes, and nothing from a request becomes a path.

Run with `insyn serve`, or `uvicorn insyn.api.app:app_from_env --factory` (settings from INSYN_*).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi_offline import FastAPIOffline
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from insyn.answer.engine import Engine
from insyn.api import errors
from insyn.api.body_limit import BodyLimit
from insyn.contract import AskRequest, AskResponse, SearchRequest, SearchResponse
from insyn.settings import Settings

log = logging.getLogger("insyn.api")


class DocumentOut(BaseModel):
    doc: str
    title: str
    year: int | None
    region: str | None
    organ: str | None
    doc_type: str | None
    pages: int | None
    chunks: int


class Health(BaseModel):
    status: str
    model: str
    dim: int
    build: str
    built_at: str
    counts: dict[str, int]
    documents: list[DocumentOut]


def live_engine(request: Request) -> Engine:
    """The engine, once it has a usable index; 503 (`no_index`) otherwise."""
    engine: Engine = request.app.state.engine
    try:
        engine.index()
    except Exception as err:  # missing, half-built, of another model or version: unloadable all the same
        raise errors.IndexUnavailable(f"{type(err).__name__}: {err}", getattr(err, "reason", None)) from err
    return engine


LiveEngine = Annotated[Engine, Depends(live_engine)]


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:  # load the model and the index now rather than on the first request
            index = await run_in_threadpool(app.state.engine.index)
            log.info("serving %s (%d chunks)", index.build.name, len(index))
        except Exception as err:  # the server still starts; requests answer 503 until an index loads
            log.warning("no usable index yet: %s: %s", type(err).__name__, err)
        yield

    app = FastAPIOffline(  # /docs and /redoc with their JavaScript and CSS served from here, no CDN
        title="insyn",
        version="1",
        summary="Search and question answering over Swedish public governance documents.",
        description="Shapes of CONTRACT.md. Every error answers `{\"error\": {\"code\", \"message\"}}`; "
                    "see docs/api.md for the codes.",
        lifespan=lifespan,
    )
    app.state.engine = engine or Engine(settings)
    errors.install(app)
    app.add_middleware(BodyLimit, limit=errors.MAX_BODY_BYTES)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])

    @app.get("/search", responses=errors.RESPONSES, summary="Ranked passages")
    def search_get(req: Annotated[SearchRequest, Query()], engine: LiveEngine) -> SearchResponse:
        return engine.search(req)

    @app.post("/search", responses=errors.RESPONSES, summary="Ranked passages (JSON body)")
    def search_post(req: SearchRequest, engine: LiveEngine) -> SearchResponse:
        return engine.search(req)

    @app.get("/ask", responses=errors.RESPONSES, summary="An answer: figures, records, citations")
    def ask_get(req: Annotated[AskRequest, Query()], engine: LiveEngine) -> AskResponse:
        return engine.ask(req)

    @app.post("/ask", responses=errors.RESPONSES, summary="An answer (JSON body)")
    def ask_post(req: AskRequest, engine: LiveEngine) -> AskResponse:
        return engine.ask(req)

    @app.get("/health", responses={503: errors.RESPONSES[503]}, summary="The live index: model, counts, documents")
    def health(engine: LiveEngine) -> Health:
        index = engine.index()
        m = index.manifest
        docs = [DocumentOut(doc=d.doc, title=d.title, year=d.year, region=d.region, organ=d.organ,
                            doc_type=d.doc_type, pages=d.pages, chunks=d.chunks) for d in index.documents.values()]
        return Health(status="ok", model=m["model"]["name"], dim=m["model"]["dim"], build=index.build.name,
                      built_at=m["built_at"], counts=m["counts"], documents=sorted(docs, key=lambda d: d.doc))

    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory`: settings from the environment (INSYN_INDEX, ...)."""
    return create_app(Settings())

"""One typed settings object, read from the environment (`INSYN_*`) and CLI flags."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DATA_DIR = user_data_path("insyn", appauthor=False)
EMBEDDED_MODEL = "intfloat/multilingual-e5-small"


class EngineName(str, Enum):
    """How the embedded model runs: sentence-transformers on torch, or ONNX Runtime (fp32, int8, or mixed:
    8-bit feed-forward blocks and int8 attention projections)."""

    torch = "torch"
    onnx = "onnx"
    onnx_int8 = "onnx-int8"
    onnx_mixed = "onnx-mixed"


def default_index() -> Path:
    return DATA_DIR / "index"


def default_model_dir() -> Path:
    return DATA_DIR / "models" / "multilingual-e5-small"


def default_onnx_dir() -> Path:
    return DATA_DIR / "models" / "multilingual-e5-small-onnx"


class Settings(BaseSettings):
    """Everything that can be tuned without touching code.

    `model` is `embedded` (the offline-built multilingual-e5-small), or any
    sentence-transformers model: a hub name or a local path.
    """

    model_config = SettingsConfigDict(env_prefix="INSYN_", extra="ignore")

    index: Path = Field(default_factory=default_index, description="index folder")
    model: str = Field("embedded", description="'embedded' or a sentence-transformers model")
    model_dir: Path = Field(default_factory=default_model_dir, description="where the embedded model is built")
    onnx_dir: Path = Field(default_factory=default_onnx_dir, description="where its ONNX export is built")
    # The embedded model's engine, for passages and queries alike (a named model always runs on torch).
    # onnx gives torch's vectors (cosine 1.0000); onnx-mixed (8-bit feed-forward blocks, int8 attention
    # projections) takes ~0.65x its CPU time at cosine >= 0.998 with the same hit@5/MRR/figure accuracy;
    # onnx-int8 takes ~0.45x, but its small differences cost dev hit@5 0.986 -> 0.959 (docs/benchmarks.md).
    engine: EngineName = Field(EngineName.onnx_mixed, description="torch, onnx, onnx-int8 or onnx-mixed")
    threads: int = Field(0, ge=0, description="ONNX intra-op threads; 0 = one per core")
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    max_chunk_chars: int = Field(1200, ge=200, le=4000)
    max_query_chars: int = Field(500, ge=10, le=10000)
    max_k: int = 50
    batch_size: int = 16
    # Above this many chunks the dense index is approximate (IVF-PQ) instead of exact.
    exact_threshold: int = 200_000
    # IVF-PQ only: the dense search fetches at least this many windows and re-scores them exactly
    # from embeddings.npy, since PQ codes rank near-ties coarsely. At 10^6 synthetic chunks recall@10
    # against exact search was 0.79 with 400, 0.90 with 800, 0.96 with 1,400-1,600, 0.99 with 3,200
    # (see docs/benchmarks.md); 1,600 keeps >= 0.95 with a margin for a few ms more per query.
    rescore_windows: int = Field(1600, ge=1)
    # Fusion: weight of the dense score in the convex combination (lexical gets 1 - w).
    dense_weight: float = Field(0.65, ge=0.0, le=1.0)
    # Abstention: an answer is found when the fused top score reaches this.
    found_threshold: float = 0.5
    # A bigger source file is skipped with a message: ingest takes about 2 min per MB of text
    # on a laptop, so a 50 MB file would take over an hour and mostly be something else.
    max_file_mb: float = Field(25.0, gt=0, description="largest source file ingested, in MB")
    cors_origins: list[str] = Field(default_factory=list)
    ocr: bool = True
    ocr_dpi: int = 200

    def model_path(self) -> str:
        return str(self.model_dir) if self.model == "embedded" else self.model

    def engine_name(self) -> str:
        """The engine that runs the model: the setting for the embedded model, torch for any other."""
        return self.engine.value if self.model == "embedded" else EngineName.torch.value

    def model_name(self) -> str:
        return EMBEDDED_MODEL if self.model == "embedded" else self.model


def get_settings(**overrides: object) -> Settings:
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)

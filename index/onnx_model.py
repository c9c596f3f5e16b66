"""The embedded model on ONNX Runtime: export it, quantise it, embed with it.

`export_onnx` turns the sentence-transformers folder that `model_build` wrote into three ONNX
graphs that take token ids and an attention mask and return the mean-pooled, L2-normalised
sentence vector (the whole sentence-transformers pipeline in one graph): `model.onnx` (fp32,
traced with `torch.onnx.export`), `model-int8.onnx` (the same with int8 weights, dynamic
activation quantisation by `onnxruntime.quantization.quantize_dynamic`) and `model-mixed.onnx`
(8-bit feed-forward blocks and int8 attention projections, `onnx_quant`). All are made offline.
int8 quantises only the matrix products, per output channel: quantising every op per tensor
(the default) put 1 % of real corpus windows below cosine 0.98 against fp32; this keeps the
lowest of 150 above 0.993 at the same speed.

`OnnxEmbedder` tokenises with the model's own `tokenizer.json` (the `tokenizers` library, as
sentence-transformers does), sorts the texts by length so a batch pads little, and runs the
graph with one intra-op thread per core. Its vectors agree with the torch ones (cosine >= 0.99,
tests/index/test_onnx_model.py).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from insyn.errors import InsynError
from insyn.index.model_build import building
from insyn.index.onnx_quant import write_mixed

MARKER = "insyn_onnx.json"  # written last: its presence means the folder is complete
FORMAT = 1  # a folder without one of FILES is incomplete and built again (model-mixed.onnx came later)
FILES = {"onnx": "model.onnx", "onnx-int8": "model-int8.onnx", "onnx-mixed": "model-mixed.onnx"}
MAX_TOKENS = 512  # the model's max_seq_length, as sentence-transformers truncates
# A batch holds about this many (padded) tokens. 8192 put a layer's activations (~50 MB) out of cache:
# on 300 windows 1024 took 15.1 CPU s (fp32) and 11.5 (mixed) against 19.0 and 13.4 with 8192.
TOKENS_PER_BATCH = 1024


def is_complete(dest: Path) -> bool:
    try:
        marker = json.loads((dest / MARKER).read_text())
    except (OSError, ValueError):
        return False
    return marker.get("format") == FORMAT and all((dest / f).is_file() for f in FILES.values())


def export_onnx(model_dir: Path, dest: Path, *, force: bool = False, progress: bool = False) -> Path:
    """Write `model.onnx`, `model-int8.onnx`, `model-mixed.onnx` and the tokenizer of `model_dir` into `dest`.

    Idempotent, and atomic as `model_build.build_model` is: built in a temporary sibling and
    renamed into place.
    """
    dest = Path(dest).expanduser()
    if is_complete(dest) and not force:
        return dest
    say = (lambda msg: print(f"model: {msg}", file=sys.stderr, flush=True)) if progress else (lambda msg: None)
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    # eager attention: the default (sdpa) traces its mask as Where/IsNaN nodes that took 8 % of the time
    bert = AutoModel.from_pretrained(str(model_dir), add_pooling_layer=False, attn_implementation="eager").eval()

    class Pooled(torch.nn.Module):
        """Mean pooling over the mask and L2 normalisation, as the sentence-transformers folder does."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    with building(dest) as tmp:
        say("exporting ONNX (fp32)")
        ids = torch.tensor([[0, 100, 200, 2], [0, 5, 2, 1]])
        mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
        axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"}}
        # the tracer warns of shape checks that come out the same for every input (the mask has the ids' shape)
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(Pooled(), (ids, mask), str(tmp / FILES["onnx"]), input_names=["input_ids", "attention_mask"],
                              output_names=["embedding"], dynamic_axes=axes, opset_version=17, dynamo=False)
        say("quantising to int8")
        quantize_dynamic(str(tmp / FILES["onnx"]), str(tmp / FILES["onnx-int8"]), weight_type=QuantType.QInt8,
                         per_channel=True, op_types_to_quantize=["MatMul"])
        say("writing the mixed graph (8-bit feed-forward blocks, int8 attention)")
        ffn_error = write_mixed(tmp / FILES["onnx"], tmp / FILES["onnx-mixed"], bert.config.intermediate_size)
        shutil.copyfile(Path(model_dir) / "tokenizer.json", tmp / "tokenizer.json")
        (tmp / MARKER).write_text(json.dumps({"format": FORMAT, "from": str(model_dir), "ffn_weight_error": ffn_error}, indent=2) + "\n")
    say(f"built {dest}")
    return dest


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class OnnxEmbedder:
    """The embedded model on ONNX Runtime (fp32, int8 or mixed), with E5 `query: ` / `passage: ` prefixes.

    The session loads on first use; `threads` 0 means one intra-op thread per core.
    """

    dim = 384

    def __init__(self, folder: Path, *, engine: str = "onnx", name: str, query_prefix: str = "query: ",
                 passage_prefix: str = "passage: ", threads: int = 0) -> None:
        if engine not in FILES:
            raise ValueError(f"unknown ONNX engine {engine!r}")
        self.folder = Path(folder)
        self.engine = engine
        self.name = name
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.threads = threads or cores()
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                import onnxruntime as ort
                from tokenizers import Tokenizer

                if not is_complete(self.folder):
                    raise InsynError(f"ONNX model not found in {self.folder}: run `insyn model build`")
                options = ort.SessionOptions()
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                # no spin-waiting between parallel sections: on 2 cores shared with other work it cost
                # 25 % more CPU time for the same windows and no wall time
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                options.add_session_config_entry("session.inter_op.allow_spinning", "0")
                tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
                tokenizer.no_padding()
                tokenizer.enable_truncation(MAX_TOKENS)
                self._tokenizer = tokenizer
                self._session = ort.InferenceSession(str(self.folder / FILES[self.engine]), options,
                                                     providers=["CPUExecutionProvider"])
            return self._session, self._tokenizer

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session, tokenizer = self._load()
        # a trailing U+FFFD (a glyph the PDF did not map) is dropped, as the torch path's tokenizer drops it
        ids = [e.ids for e in tokenizer.encode_batch([prefix + t.rstrip().rstrip("\ufffd").rstrip() for t in texts])]
        order = np.argsort([len(i) for i in ids], kind="stable")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and len(ids[order[end]]) * (end + 1 - start) <= TOKENS_PER_BATCH:
                end += 1
            rows = order[start:end]
            longest = len(ids[rows[-1]])
            batch = np.ones((len(rows), longest), dtype=np.int64)  # 1 is the pad id
            mask = np.zeros((len(rows), longest), dtype=np.int64)
            for r, i in enumerate(rows):
                batch[r, : len(ids[i])] = ids[i]
                mask[r, : len(ids[i])] = 1
            out[rows] = session.run(None, {"input_ids": batch, "attention_mask": mask})[0]
            start = end
        return out

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prefix)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.passage_prefix)

    def __repr__(self) -> str:
        return f"OnnxEmbedder({self.name!r}, engine={self.engine!r}, threads={self.threads})"

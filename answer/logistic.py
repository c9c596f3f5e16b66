"""A logistic model over named features, as the learned decisions of `answer` use it.

p = sigmoid(w · (x - mean) / scale + bias), with a threshold on p chosen on training data. The
parameters are fitted offline (scikit-learn, `insyn.eval.fit_*`) and stored as JSON beside the
module that uses them; loading checks that the feature names are the code's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model over named features: p = sigmoid(w · (x - mean) / scale + bias)."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self, extra: dict | None = None) -> str:
        data = {"names": list(self.names), "mean": self.mean.round(6).tolist(), "scale": self.scale.round(6).tolist(),
                "weights": self.weights.round(6).tolist(), "bias": round(self.bias, 6),
                "threshold": round(self.threshold, 4), **(extra or {})}
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, names: tuple[str, ...]) -> Model:
        data = json.loads(text)
        if tuple(data["names"]) != names:
            raise ValueError(f"weights are for features {data['names']}, the code has {list(names)}: refit them")
        return cls(names, np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]),
                   float(data["bias"]), float(data["threshold"]))

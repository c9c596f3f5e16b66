"""insyn on Ray: ingestion as a Ray Data pipeline, the HTTP API under Ray Serve.

An optional extra (`pip install insyn[cluster]`). Nothing in the single-machine path imports
this package, and importing it does not import Ray: `insyn.cluster.ingest` and
`insyn.cluster.serve` import Ray inside their functions.
"""

from __future__ import annotations

import os

# Passed on to Ray workers (they may run on other machines with another environment).
FORWARDED_ENV_PREFIXES = ("INSYN_", "HF_", "TRANSFORMERS_")


def forwarded_env() -> dict[str, str]:
    """The driver's settings environment, for Ray workers to apply before loading anything."""
    return {k: v for k, v in os.environ.items() if k.startswith(FORWARDED_ENV_PREFIXES)}


def connect(address: str | None, num_cpus: int = 2) -> bool:
    """Connect to the Ray cluster at `address`, or start a local one; True when this call did so.

    Already connected (a test, a notebook): nothing is done and False is returned, so the
    caller does not shut down a Ray it did not start.
    """
    import logging

    import ray

    if ray.is_initialized():
        return False
    quiet = {"logging_level": logging.WARNING, "log_to_driver": True, "configure_logging": True}
    if address is None:
        ray.init(num_cpus=num_cpus, include_dashboard=False, _node_ip_address="127.0.0.1", **quiet)
    else:
        ray.init(address=address, **quiet)
    return True

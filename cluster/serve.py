"""`insyn serve --ray [ADDRESS] --replicas N`: the FastAPI app of insyn.api under Ray Serve.

Each replica builds the app with `create_app(settings)` when it starts (the late-bound
`__serve_build_asgi_app__` of Ray Serve's `@serve.ingress`), so the engine, the model and the index
load on the replica, never on the driver, and the app's lifespan (index preload) runs there. All
replicas open the same read-only index folder; `insyn ingest` swapping in a new build is picked up
by each replica on its next request, as with one uvicorn process. Ray Serve's HTTP proxy spreads
requests over the replicas.
"""

from __future__ import annotations

import time
from typing import Any

from insyn.settings import Settings

APP_NAME = "insyn"


def _deployment(replicas: int, cpus_per_replica: float) -> Any:
    from ray import serve

    @serve.deployment(name="insyn-api", num_replicas=replicas, ray_actor_options={"num_cpus": cpus_per_replica},
                      health_check_period_s=5)
    @serve.ingress()
    class InsynAPI:
        def __init__(self, settings: Settings, env: dict[str, str]) -> None:
            import os

            os.environ.update(env)  # INSYN_* of the driver, e.g. INSYN_FAKE_EMBEDDER in tests
            self.settings = settings

        def __serve_build_asgi_app__(self) -> Any:
            from insyn.api.app import create_app

            return create_app(self.settings)

    return InsynAPI


def deploy(settings: Settings, replicas: int = 2, host: str = "127.0.0.1", port: int = 8000,
           cpus_per_replica: float = 1.0) -> str:
    """Start Serve's HTTP proxy on host:port and deploy the API with `replicas` replicas; its URL.

    Needs a connected Ray (`insyn.cluster.connect`). Returns when every replica is up.
    """
    from ray import serve

    from insyn.cluster import forwarded_env

    # One HTTP proxy, on the head node: several nodes on one machine would fight over the port.
    # On a real cluster put a load balancer in front of `proxy_location="EveryNode"` instead.
    serve.start(proxy_location="HeadOnly", http_options={"host": host, "port": port})
    app = _deployment(replicas, cpus_per_replica).bind(settings, forwarded_env())
    serve.run(app, name=APP_NAME, route_prefix="/")
    return f"http://{host}:{port}"


def ray_serve(settings: Settings, address: str | None, replicas: int = 2, host: str = "127.0.0.1",
              port: int = 8000, cpus_per_replica: float = 1.0, on_ready: Any = None) -> None:
    """Serve the API on Ray until interrupted (Ctrl-C), then take the deployment down."""
    import ray
    from ray import serve

    from insyn.cluster import connect

    owned = connect(address, num_cpus=max(2, int(replicas * cpus_per_replica + 0.999)))
    try:
        url = deploy(settings, replicas, host, port, cpus_per_replica)
        if on_ready:
            on_ready(url)
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        try:
            serve.delete(APP_NAME)
            if owned:
                serve.shutdown()
        finally:
            if owned:
                ray.shutdown()

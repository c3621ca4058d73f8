"""The Dask worker plugin that builds the extractor once per worker process.

Registered by the dask engine (``client.register_plugin``); it runs ``setup`` on
every worker of the cluster, including workers that join or restart later, so
that no task pays for building the extractor.  ``process_partition`` would build
it on first use anyway (``dignity.batch.partition.worker_extractor``): the
plugin only moves that cost out of the first task.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

__all__ = ["ExtractorPlugin"]


class ExtractorPlugin(WorkerPlugin):
    name = "dignity-extractor"

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed's signature
        from dignity.batch.partition import init_worker

        init_worker()

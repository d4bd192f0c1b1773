"""Where per-file work runs: in this process, across local cores, or on a Dask cluster.

Every engine returns the results in input order, so what refgraph writes does not depend
on which engine ran it, or in which order the workers finished. A task whose worker dies
is retried once; if it fails again, ``on_failure(argument, error)`` makes its result.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

ENGINES = ("local", "dask")


def run_each(function: Callable, arguments: list, engine: str = "local", jobs: int = 1, scheduler: str | None = None,
             on_failure: Callable | None = None) -> Iterator:
    """``function(*argument)`` for each argument tuple, yielded in input order."""
    if engine == "dask":
        yield from _dask(function, arguments, jobs, scheduler, on_failure)
    elif jobs <= 1 or len(arguments) <= 1:
        for argument in arguments:
            yield function(*argument)
    else:
        yield from _processes(function, arguments, jobs, on_failure)


def _processes(function, arguments, jobs, on_failure) -> Iterable:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=min(jobs, len(arguments))) as pool:
        futures = [pool.submit(function, *argument) for argument in arguments]
        for argument, future in zip(arguments, futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): this file once more, alone.
                yield _retry_alone(function, argument, on_failure)


def _retry_alone(function, argument, on_failure):
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(max_workers=1) as pool:
            return pool.submit(function, *argument).result()
    except Exception as error:  # the worker died twice: report it as this file's failure
        if on_failure is None:
            raise
        return on_failure(argument, error)


def _dask(function, arguments, jobs, scheduler, on_failure) -> Iterable:
    """On a Dask cluster: ``scheduler`` is its address; without one a local cluster of
    ``jobs`` worker processes is started for this run and closed after it."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - the dask extra is not installed
        from .errors import InputError

        raise InputError("--engine dask needs Dask: pip install 'refgraph[dask]'") from None
    import os

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        workers = max(1, jobs or min(os.cpu_count() or 1, 4))
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(function, *argument, pure=False, retries=1) for argument in arguments]
        for argument, future in zip(arguments, futures):
            try:
                yield future.result()
            except Exception as error:
                if on_failure is None:
                    raise
                yield on_failure(argument, error)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

"""refgraph: check the references of scholarly manuscripts and link claims to sources.

The library follows the data: ``read`` → ``references`` → ``citations`` (callouts
and claims) → ``graph`` → ``checks`` → ``report``/``exports``.  Each stage is a
plain function over frozen dataclasses; :func:`refgraph.pipeline.analyse` runs
them all.
"""

__version__ = "0.2.0"

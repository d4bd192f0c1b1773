"""A progress bar on stderr for work that takes more than about a second.

It draws nothing until a second has passed (short runs stay quiet), nothing at all when
stderr is not a terminal (pipes and CI logs stay clean), and erases itself when done.
"""
from __future__ import annotations

import sys
import time

DELAY = 1.0
WIDTH = 24


class Progress:
    def __init__(self, total: int, label: str = "", stream=None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.label, self.done = max(total, 1), label, 0
        self.started = time.monotonic()
        self.drawn = False

    def advance(self, step: str = "", by: int = 1) -> None:
        self.done = min(self.total, self.done + by)
        self.show(step)

    def show(self, step: str = "") -> None:
        if not self.enabled or time.monotonic() - self.started < DELAY:
            return
        filled = WIDTH * self.done // self.total
        bar = "█" * filled + "░" * (WIDTH - filled)
        text = f"\r{self.label} {bar} {self.done}/{self.total} {step}"[:100]
        self.stream.write(text.ljust(100 if self.drawn else len(text)))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

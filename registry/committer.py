"""Group commit for concurrent submitters: bundles that arrive while a batch is being written
wait in a queue and go into the next batch together, under one transaction and one signed tree
head (registry.ingest.submit_batch). One writer thread per process; several processes (uvicorn
workers, registry hosts) take turns through the log's row lock in the database.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future

from registry import ingest
from registry.keys import RegistryKeys
from registry.store import Store

MAX_BATCH = 64  # bounds one transaction's time and the row lock's hold on the other processes


class GroupCommit:
    def __init__(self, store: Store, keys: RegistryKeys, max_batch: int = MAX_BATCH) -> None:
        self.store, self.keys, self.max_batch = store, keys, max_batch
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._start = threading.Lock()
        self.batches = 0  # how many transactions were written, for tests and the benchmark

    def enqueue(self, data: bytes, via: str = "http") -> Future:
        """A future resolving to the bundle's Accepted, or failing with its BundleRejected."""
        future: Future = Future()
        self._ensure_writer()
        self._queue.put((data, via, future))
        return future

    def submit(self, data: bytes, via: str = "http") -> ingest.Accepted:
        """Blocking form of ``enqueue``."""
        return self.enqueue(data, via).result()

    def _ensure_writer(self) -> None:
        # Started on first use, so a forked worker process gets a writer of its own.
        with self._start:
            if self._writer is None or not self._writer.is_alive():
                self._writer = threading.Thread(target=self._write, name="registry-group-commit", daemon=True)
                self._writer.start()

    def _write(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            waiting = [first]
            while len(waiting) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this batch
                    break
                waiting.append(item)
            try:
                outcomes = ingest.submit_batch(self.store, self.keys, [(d, via) for d, via, _ in waiting])
            except Exception as exc:  # an outage: every waiting submitter hears of it
                for _, _, future in waiting:
                    future.set_exception(exc)
                continue
            self.batches += 1
            for (_, _, future), outcome in zip(waiting, outcomes, strict=True):
                if isinstance(outcome, Exception):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)

    def close(self) -> None:
        if self._writer is not None and self._writer.is_alive():
            self._queue.put(None)
            self._writer.join(30)

"""The collector pause is counted across threads and never leaves objects frozen."""

from __future__ import annotations

import gc
import threading
import weakref
from datetime import date

from app.services.collector import collector_paused
from app.services.rosters.people import PeopleTable


def test_pause_is_counted_and_nothing_is_frozen() -> None:
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    inner_done = threading.Event()
    with collector_paused():
        assert not gc.isenabled()

        def other_load() -> None:
            with collector_paused():
                inner_done.set()

        worker = threading.Thread(target=other_load)
        worker.start()
        worker.join()
        assert inner_done.is_set()
        assert not gc.isenabled()  # the outer load still runs
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before


def test_a_people_table_is_freed_without_the_cyclic_collector() -> None:
    table = PeopleTable(rows=[object()], make_keys=lambda: ("x",), loaded_on=date(2026, 1, 1))
    assert table.select.__self__ is table
    alive = weakref.ref(table)
    gc.disable()
    try:
        del table
        assert alive() is None
    finally:
        gc.enable()

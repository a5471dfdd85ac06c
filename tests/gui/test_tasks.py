"""Work off the GUI thread: results and errors come back, and nothing is kept after."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from app.views.tasks import run_task, write_lane


class _Payload:
    pass


def test_result_arrives_and_the_work_is_released(qtbot: Any) -> None:
    payload = _Payload()
    alive = weakref.ref(payload)
    results: list[object] = []

    def work(_progress: Any, captured: _Payload = payload) -> str:
        return type(captured).__name__

    task = run_task(work, results.append)
    del work, payload
    qtbot.waitUntil(lambda: results == ["_Payload"])
    qtbot.waitUntil(lambda: task.fn is None)
    gc.collect()
    assert alive() is None


def test_errors_come_back_to_the_gui_thread(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def fail(_progress: Any) -> None:
        raise ValueError("bad input")

    run_task(fail, on_error=errors.append, pool=write_lane())
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert "bad input" in errors[0].__traceback_text__  # type: ignore[attr-defined]


def test_a_cancelled_task_is_told_to_stop(qtbot: Any) -> None:
    seen: list[bool] = []
    results: list[object] = []
    started = threading.Event()

    def work(progress: Any) -> int:
        started.wait(5)
        seen.append(progress(1, 2))
        return 1

    task = run_task(work, results.append)
    task.cancel()
    started.set()
    qtbot.waitUntil(lambda: results == [1])
    assert seen == [False]

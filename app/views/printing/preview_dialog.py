"""Print preview: every printout is seen before it is printed or saved.

    dialog = PrintPreviewDialog(printed, parent)   # printed: services' PrintedFile
    dialog.open()

Pages are rendered by pypdfium2 off the GUI thread. The dialog offers page navigation
(PgUp/PgDn, Home/End), zoom (Ctrl++ / Ctrl+-), fit width (Ctrl+0), printing through the
Qt print dialog (Ctrl+P) and saving a copy as PDF (Ctrl+S). Names printed with the
placeholder 〓 are listed above the page before anything is printed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.printing.document import PrintedFile
from app.views.printing.page_renderer import PageRenderer

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96.0


class PrintPreviewDialog(QDialog):
    def __init__(self, printed: PrintedFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.printed = printed
        self.renderer = PageRenderer(printed.path, self)
        self.page_count = 0
        self.page = 0
        self.zoom = 1.0
        self.fit_width = True
        self._generation = 0
        #: set once the first page is on screen (benchmarks and tests wait for it)
        self.first_page_shown = False

        self.setWindowTitle(self.tr("Print preview — {title}").format(title=printed.title))
        self.warning = QLabel(self)
        self.warning.setObjectName("printPreviewWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #FFF4D6; padding: 6px; }")
        self.warning.setVisible(bool(printed.affected))
        if printed.affected:
            self.warning.setText(
                self.tr(
                    "No font on this computer has some characters of these names; they print "
                    "as 〓: {names}"
                ).format(names="、".join(printed.affected))
            )
        self.previous = QPushButton(self.tr("Previous"), self)
        self.next = QPushButton(self.tr("Next"), self)
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("printPreviewPage")
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(1)
        self.of_pages = QLabel(self)
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.fit = QPushButton(self.tr("Fit width"), self)
        self.fit.setCheckable(True)
        self.fit.setChecked(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printPreviewPrint")
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("printPreviewSave")
        self.close_button = QPushButton(self.tr("Close"), self)

        self.image = QLabel(self.tr("Rendering…"), self)
        self.image.setObjectName("printPreviewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setStyleSheet("QScrollArea { background: #6E7378; }")

        bar = QHBoxLayout()
        for widget in (self.previous, self.next, self.page_box, self.of_pages):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.previous.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next.clicked.connect(lambda: self.go_to(self.page + 1))
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.fit.clicked.connect(self.set_fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        shortcuts = (
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.go_to(self.page + 1)),
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go_to(self.page - 1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), self.set_fit_width),
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence("Home"), lambda: self.go_to(0)),
            (QKeySequence("End"), lambda: self.go_to(self.page_count - 1)),
        )
        for key, slot in shortcuts:
            QShortcut(key, self, slot)
        self._update_controls()
        self.resize(900, 1000)
        self.renderer.open(self._opened, self._failed)

    # pages --------------------------------------------------------------------------------
    def _opened(self, count: int) -> None:
        self.page_count = count
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.blockSignals(False)
        self.of_pages.setText(self.tr("of {count}").format(count=count))
        self._update_controls()
        self.show_page()

    def _failed(self, exc: BaseException) -> None:
        self.image.setText(self.tr("The file cannot be shown: {reason}").format(reason=exc))

    def scale(self) -> float:
        """Pixels per point for the current page at the current zoom."""
        if self.fit_width and self.renderer.page_sizes:
            width_pt = self.renderer.page_sizes[self.page][0]
            room = self.scroll_area.viewport().width() - 24
            return max(room, 200) / width_pt
        return self.zoom * SCREEN_DPI / 72

    def show_page(self) -> None:
        if not self.page_count:
            return
        self._generation += 1
        generation = self._generation
        ratio = self.devicePixelRatioF()
        dpi = self.scale() * 72 * ratio

        def shown(image: QImage) -> None:
            if generation != self._generation:
                return  # a newer page or zoom was asked for meanwhile
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.image.setPixmap(pixmap)
            self.first_page_shown = True

        self.renderer.render(self.page, dpi, shown, self._failed)

    def go_to(self, index: int) -> None:
        if not self.page_count:
            return
        index = max(0, min(index, self.page_count - 1))
        if index == self.page and self.image.pixmap() is not None and self.first_page_shown:
            return
        self.page = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self._update_controls()
        self.show_page()

    def step_zoom(self, direction: int) -> None:
        current = self.scale() * 72 / SCREEN_DPI
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self.zoom = bigger[0] if bigger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self.zoom = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.fit_width = False
        self.fit.setChecked(False)
        self.show_page()

    def set_fit_width(self) -> None:
        self.fit_width = True
        self.fit.setChecked(True)
        self.show_page()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit_width and self.page_count:
            self.show_page()

    def _update_controls(self) -> None:
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < self.page_count - 1)
        for widget in (self.print_button, self.save_button, self.zoom_in, self.zoom_out):
            widget.setEnabled(self.page_count > 0)

    # printing and saving ------------------------------------------------------------------
    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.page_count:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.printed.title)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printPreviewPrintDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: object) -> None:
        """Paint the pages chosen in ``printer`` onto it, one rendered page at a time."""
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 else range(self.page_count)
        dpi = min(printer.resolution(), 300)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer cannot start."))
            return
        try:
            for count, index in enumerate(pages):
                if count:
                    printer.newPage()
                image = self.renderer.render_now(index, dpi)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size))
        finally:
            painter.end()

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self.printed.title or self.printed.path.stem}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        partial = path.with_name(f".{path.stem}.partial.pdf")
        try:
            shutil.copyfile(self.printed.path, partial)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{file} cannot be written ({reason}).").format(
                    file=path.name, reason=exc.strerror or str(exc)
                ),
            )
            return False
        return True

    def done(self, result: int) -> None:
        self.renderer.close()
        super().done(result)

"""A scrolling column of row widgets, each with its action ``button``: the Today list and the
Calendar.

Row widgets are costly (a few milliseconds each), so a list of thousands of items builds its
rows a batch at a time: the first batch when the items are set, the next when the list is
scrolled near its end or "Show more" is pressed. Setting new items keeps the keyboard on the
row it was on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

#: Rows built when the items are set (more than a tall window shows).
FIRST_ROWS = 12
#: Rows added each time the list is scrolled near its end or "Show more" is pressed.
MORE_ROWS = 40

T = TypeVar("T")

#: Builds the rows of some items with :meth:`RowList.add`; also given the item before them
#: (None for the first batch), for headings that depend on it.
AddRows = Callable[[Sequence[T], T | None], None]


class RowList(QScrollArea, Generic[T]):
    def __init__(self, more_name: str, add_rows: AddRows[T]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch()
        self.setWidget(self.list_widget)
        self.more_button = QPushButton()
        self.more_button.setObjectName(more_name)
        self.more_button.clicked.connect(self.show_more)
        self._add_rows = add_rows
        self.items: Sequence[T] = ()
        self.rows: list[Any] = []  # widgets with a .button
        self.others: list[QWidget] = []  # headings between them
        self._more_queued = False
        self._rebuilding = False
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_items(self, items: Sequence[T]) -> None:
        """Show these items: drop the rows, build the first batch, and put the keyboard back
        on the row it was on (building up to it if needed)."""
        focused = self.focusWidget()  # also right while the window is not the active one
        focus = next((n for n, r in enumerate(self.rows) if r.button is focused), None)
        bar = self.verticalScrollBar()
        position, self._rebuilding = bar.value(), True
        try:
            # Hiding the focused row moves the focus down the rows, scrolling to each.
            for widget in [*self.rows, *self.others, self.more_button]:
                widget.hide()
            for widget in [*self.rows, *self.others]:
                widget.deleteLater()
            self.rows, self.others = [], []
            self.items = items
            self._extend(max(FIRST_ROWS, (focus or 0) + 1))
            if focus is not None and self.rows:
                self.rows[min(focus, len(self.rows) - 1)].button.setFocus()
            bar.setValue(position)
        finally:
            self._rebuilding = False

    def add(self, widget: QWidget, *, row: bool = True) -> None:
        """For ``add_rows``: put this widget (a row, or a heading) at the end of the list."""
        self.list_layout.insertWidget(len(self.rows) + len(self.others), widget)
        widget.show()  # at once, not when the layout gets round to it: focus and grabs see it
        (self.rows if row else self.others).append(widget)

    @property
    def remaining(self) -> int:
        return len(self.items) - len(self.rows)

    def show_more(self) -> None:
        """Build the next batch of rows; the keyboard goes to the first new one."""
        had, keyboard = len(self.rows), self.focusWidget() is self.more_button
        self._extend(MORE_ROWS)
        if keyboard and len(self.rows) > had:
            self.rows[had].button.setFocus()

    def _extend(self, count: int) -> None:
        start = len(self.rows)
        batch = self.items[start : start + count]
        if batch:
            self._add_rows(batch, self.items[start - 1] if start else None)
        self.list_layout.removeWidget(self.more_button)
        if self.remaining > 0:
            text = QCoreApplication.translate("RowList", "Show more (%1 of %2 shown)")
            self.more_button.setText(
                text.replace("%1", str(len(self.rows))).replace("%2", str(len(self.items)))
            )
            self.list_layout.insertWidget(len(self.rows) + len(self.others), self.more_button)
            self.more_button.show()
        else:
            self.more_button.hide()
        self.list_layout.activate()

    def _scrolled(self, value: int) -> None:
        """Near the end of what is built: build the next batch (once the scroll is handled)."""
        if self._rebuilding:
            return
        bar = self.verticalScrollBar()
        near_end = value > 0 and value >= bar.maximum() - bar.pageStep() // 2
        if near_end and self.remaining > 0 and not self._more_queued:
            self._more_queued = True
            QTimer.singleShot(0, self._more_after_scroll)

    def _more_after_scroll(self) -> None:
        self._more_queued = False
        if self.remaining > 0:
            self._extend(MORE_ROWS)

"""What the window shows when no program is open: New, Open, Try the demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("MentorDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Run your mentoring program from one file on this computer: participants, "
                "matching, pairs, goals and sessions. Every change is saved as you make it."
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.new_button = QPushButton(self.tr("&New program…"))
        self.open_button = QPushButton(self.tr("&Open a program…"))
        self.demo_button = QPushButton(self.tr("&Try the demo program"))
        for button, signal in (
            (self.new_button, self.new_requested),
            (self.open_button, self.open_requested),
            (self.demo_button, self.demo_requested),
        ):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
        self.recent_label = QLabel(self.tr("Recent programs"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(PATH_ROLE))
        )

        column = QVBoxLayout()
        column.addSpacing(32)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.message)
        column.addWidget(self.new_button)
        column.addWidget(self.open_button)
        column.addWidget(self.demo_button)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        # Keeps the column together at the top when there is no recent list to fill the space.
        column.addStretch(0)
        box = QWidget()
        box.setFixedWidth(520)
        box.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addWidget(box, 1, Qt.AlignmentFlag.AlignHCenter)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

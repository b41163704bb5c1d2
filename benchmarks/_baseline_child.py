"""Startup baseline: a bare PySide6 window with a small table; prints a marker when painted."""

from __future__ import annotations

import sys

from _shown import FirstPaint
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    FirstPaint(app, lambda window: "baseline")
    model = QStandardItemModel(20, 5)
    for row in range(20):
        for col in range(5):
            model.setData(model.index(row, col), f"Cell {row}, {col}")
    view = QTableView()
    view.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1180, 740)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

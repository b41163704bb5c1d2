"""The Overview's intake box (issue 7): people per intake stage, recruitment targets against
who is ready, and the skills no ready mentor offers yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from ..model.intake import Stage
from ..model.intake_figures import Recruitment


class IntakeBox(QGroupBox):
    """Counts per stage (click: the Participants page filtered so), targets, skills."""

    #: a Stage's value, for the Participants page's intake filter
    show_stage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Intake and recruitment"), parent)
        self.setObjectName("intakeBox")
        from .overview_page import CountTile  # the Overview's tiles (it imports this module)

        self.stage_tiles: dict[Stage, CountTile] = {}
        tiles = QHBoxLayout()
        for stage in Stage:
            tile = CountTile(stage.label)
            tile.setToolTip(self.tr("Show the participants at this stage"))
            tile.clicked.connect(lambda _c=False, s=stage: self.show_stage.emit(s.value))
            self.stage_tiles[stage] = tile
            tiles.addWidget(tile)
        tiles.addStretch()

        self.bars: dict[str, QProgressBar] = {}
        self.notes: dict[str, QLabel] = {}
        targets = QGridLayout()
        for row, (key, caption) in enumerate(
            (("mentors", self.tr("Mentors ready")), ("mentees", self.tr("Mentees ready")))
        ):
            bar = QProgressBar()
            bar.setObjectName(f"{key}Target")
            bar.setTextVisible(True)
            bar.setMaximumWidth(320)
            note = QLabel()
            note.setStyleSheet("color: palette(placeholder-text);")
            self.bars[key], self.notes[key] = bar, note
            targets.addWidget(QLabel(caption), row, 0)
            targets.addWidget(bar, row, 1)
            targets.addWidget(note, row, 2)
        targets.setColumnStretch(2, 1)

        self.skills = QLabel()
        self.skills.setObjectName("skillsToRecruit")
        self.skills.setWordWrap(True)
        self.skills.setTextFormat(Qt.TextFormat.PlainText)

        layout = QGridLayout(self)
        layout.addWidget(QLabel(self.tr("By intake stage")), 0, 0)
        layout.addLayout(tiles, 1, 0)
        layout.addLayout(targets, 2, 0)
        layout.addWidget(self.skills, 3, 0)

    def show_figures(self, figures: Recruitment) -> None:
        for stage, tile in self.stage_tiles.items():
            tile.set_count(figures.participants[stage])
        for key, ready, target, waiting in (
            ("mentors", figures.ready_mentors, figures.target_mentors, figures.mentors),
            ("mentees", figures.ready_mentees, figures.target_mentees, figures.mentees),
        ):
            bar, note = self.bars[key], self.notes[key]
            on_the_way = sum(waiting[s] for s in (Stage.APPLIED, Stage.SCREENED, Stage.TRAINED))
            if target:
                bar.setRange(0, target)
                bar.setValue(min(ready, target))
                bar.setFormat(
                    self.tr("%1 of %2").replace("%1", str(ready)).replace("%2", str(target))
                )
                missing = max(0, target - ready)
                text = (
                    self.tr("target reached")
                    if not missing
                    else self.tr("%1 more wanted").replace("%1", str(missing))
                )
            else:
                bar.setRange(0, max(ready, 1))
                bar.setValue(ready)
                bar.setFormat(str(ready))
                text = self.tr("no target set")
            if on_the_way:
                text = (
                    self.tr("%1 · %2 on the way").replace("%1", text).replace("%2", str(on_the_way))
                )
            note.setText(text)
        skills = figures.skills_to_recruit
        self.skills.setText(
            self.tr("Recruit mentors who offer: %1").replace("%1", ", ".join(skills))
            if skills
            else self.tr("Every skill mentees want is offered by a ready mentor.")
        )

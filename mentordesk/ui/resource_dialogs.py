"""The dialogs of the resource library: a resource (with a link or a file copied into the
program), a workshop or training, and who attended one (ticked from the participants list)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.errors import ValidationError
from ..model.library import (
    Resource,
    ResourceFile,
    ResourceKind,
    Training,
    TrainingAudience,
    TrainingKind,
    read_resource_file,
    resource_problems,
    size_text,
    training_problems,
)
from .dialog_buttons import ok_cancel
from .participant_dialog import ErrorLabel
from .prompts import Prompts
from .text import DATE_FORMAT, counted

ID_ROLE = Qt.ItemDataRole.UserRole


def split_skills(text: str) -> tuple[str, ...]:
    """Skills typed as a comma-separated list."""
    return tuple(s.strip() for s in text.split(",") if s.strip())


def _row(
    form: QFormLayout, text: str, field: QWidget | QHBoxLayout, under: QWidget | None = None
) -> None:
    """A row of ``form`` with ``under`` (a problem, a hint) right below its field."""
    label = QLabel(text)
    column = QVBoxLayout()
    column.setSpacing(2)
    if isinstance(field, QWidget):
        label.setBuddy(field)
        column.addWidget(field)
    else:
        column.addLayout(field)
    if under is not None:
        column.addWidget(under)
    form.addRow(label, column)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ResourceDialog(QDialog):
    """Add or edit a resource. After ``exec()``: :meth:`resource` and :meth:`new_file`.

    ``wanted`` are the skills mentees want, most wanted first: offered as one-click additions.
    """

    def __init__(
        self,
        prompts: Prompts,
        wanted: Sequence[str],
        resource: Resource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resourceDialog")
        self.setWindowTitle(self.tr("Edit resource") if resource else self.tr("Add resource"))
        self.setMinimumWidth(560)
        self._prompts = prompts
        self._original = resource or Resource(title="")
        self._wanted = list(wanted)
        self._file: ResourceFile | None = None
        self._file_name = self._original.file_name
        self._file_size = self._original.file_size

        self.title = QLineEdit(self._original.title)
        self.title.setPlaceholderText(self.tr("e.g. Preparing a ten-minute talk"))
        self.kind = QComboBox()
        for kind in ResourceKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self._original.kind.value))
        self.link = QLineEdit(self._original.link)
        self.link.setPlaceholderText(self.tr("https://… (optional)"))
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.choose_button = QPushButton(self.tr("Choose &File…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Re&move File"))
        self.remove_button.clicked.connect(self.remove_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.remove_button)
        self.skills = QLineEdit(", ".join(self._original.skills))
        self.skills.setPlaceholderText(self.tr("Skills it helps with, separated by commas"))
        self.wanted_label = QLabel()
        self.wanted_label.setObjectName("wantedSkills")
        self.wanted_label.setWordWrap(True)
        self.wanted_label.setTextFormat(Qt.TextFormat.RichText)
        self.wanted_label.linkActivated.connect(self.add_skill)
        self.description = QPlainTextEdit(self._original.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)

        self.errors = {name: ErrorLabel() for name in ("title", "link", "file")}
        form = QFormLayout()
        _row(form, self.tr("&Title:"), self.title, self.errors["title"])
        _row(form, self.tr("&Kind:"), self.kind)
        _row(form, self.tr("&Link:"), self.link, self.errors["link"])
        _row(form, self.tr("File:"), file_row, self.errors["file"])
        _row(form, self.tr("&Skills:"), self.skills, self.wanted_label)
        _row(form, self.tr("&Description:"), self.description)
        self.buttons, self.ok_button = ok_cancel(
            self, self.tr("Save") if resource else self.tr("Add Resource")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.title.textChanged, self.link.textChanged, self.skills.textChanged):
            signal.connect(self._validate)
        self._show_file()
        self._validate()

    # -- the file --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._prompts.open_any(
            self, self.tr("Copy a file into the program"), "", self.tr("All files (*)")
        )
        if not path:
            return
        try:
            file = read_resource_file(path)
        except ValidationError as exc:
            self.errors["file"].show_problem(exc.problems["file"])
            return
        self._file, self._file_name, self._file_size = file, file.name, len(file.data)
        if not self.title.text().strip():
            self.title.setText(file.name.rsplit(".", 1)[0].replace("-", " ").replace("_", " "))
        self._show_file()
        self._validate()

    def remove_file(self) -> None:
        self._file, self._file_name, self._file_size = None, "", 0
        self._show_file()
        self._validate()

    def _show_file(self) -> None:
        if self._file_name:
            self.file_label.setText(f"{self._file_name} ({size_text(self._file_size)})")
        else:
            self.file_label.setText(self.tr("No file copied in"))
        self.remove_button.setEnabled(bool(self._file_name))

    # -- skills ----------------------------------------------------------------------------

    def add_skill(self, skill: str) -> None:
        skills = list(split_skills(self.skills.text()))
        if skill.casefold() not in {s.casefold() for s in skills}:
            skills.append(skill)
        self.skills.setText(", ".join(skills))

    def _show_wanted(self) -> None:
        have = {s.casefold() for s in split_skills(self.skills.text())}
        left = [s for s in self._wanted if s.casefold() not in have][:8]
        links = ", ".join(f'<a href="{escape(s)}">{escape(s)}</a>' for s in left)
        self.wanted_label.setText(self.tr("Mentees want: %1").replace("%1", links) if left else "")
        self.wanted_label.setVisible(bool(left))

    # -- result ----------------------------------------------------------------------------

    def resource(self) -> Resource:
        return dataclasses.replace(
            self._original,
            title=self.title.text().strip(),
            kind=ResourceKind(self.kind.currentData()),
            link=self.link.text().strip(),
            file_name=self._file_name,
            skills=split_skills(self.skills.text()),
            description=self.description.toPlainText().strip(),
        )

    def new_file(self) -> ResourceFile | None:
        """The file chosen in this dialog, or None (the file is kept, or removed)."""
        return self._file

    def _validate(self) -> dict[str, str]:
        problems = resource_problems(self.resource(), self._file)
        for name, label in self.errors.items():
            label.show_problem(problems.get(name))
        self.ok_button.setEnabled(not problems)
        self._show_wanted()
        return problems

    def accept(self) -> None:
        if not self._validate():
            super().accept()


class TrainingDialog(QDialog):
    """Add or edit a workshop, training or orientation; :meth:`training` after ``exec()``.

    ``resources`` are the library's (id, title), offered as its material.
    """

    def __init__(
        self,
        resources: Sequence[tuple[int, str]],
        today: dt.date,
        training: Training | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDialog")
        title = self.tr("Edit workshop or training") if training else self.tr("Add workshop")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._original = training or Training(title="", date=today)
        self.title = QLineEdit(self._original.title)
        self.title.setPlaceholderText(self.tr("e.g. Giving and receiving feedback"))
        self.kind = QComboBox()
        for kind in TrainingKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self._original.kind.value))
        self.audience = QComboBox()
        for audience in TrainingAudience:
            self.audience.addItem(audience.label, audience.value)
        self.audience.setCurrentIndex(self.audience.findData(self._original.audience.value))
        self.date = QDateEdit(_qdate(self._original.date))
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.required = QCheckBox(self.tr("Expected of everyone in its audience"))
        self.required.setChecked(self._original.required)
        self.material = QComboBox()
        self.material.addItem(self.tr("None"), None)
        for resource_id, title in resources:
            self.material.addItem(title, resource_id)
        self.material.setCurrentIndex(max(0, self.material.findData(self._original.resource_id)))
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.title_problem = ErrorLabel()
        form = QFormLayout()
        _row(form, self.tr("&Title:"), self.title, self.title_problem)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&For:"), self.audience)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Re&quired:"), self.required)
        form.addRow(self.tr("&Material:"), self.material)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons, self.ok_button = ok_cancel(
            self, self.tr("Save") if training else self.tr("Add")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._validate)
        self._validate()

    def training(self) -> Training:
        return dataclasses.replace(
            self._original,
            title=self.title.text().strip(),
            kind=TrainingKind(self.kind.currentData()),
            audience=TrainingAudience(self.audience.currentData()),
            date=_day(self.date.date()),
            required=self.required.isChecked(),
            resource_id=self.material.currentData(),
            notes=self.notes.toPlainText().strip(),
        )

    def _validate(self) -> dict[str, str]:
        problems = training_problems(self.training())
        self.title_problem.show_problem(problems.get("title"))
        self.ok_button.setEnabled(not problems)
        return problems

    def accept(self) -> None:
        if not self._validate():
            super().accept()


class AttendanceDialog(QDialog):
    """Tick who attended; :meth:`attended` after ``exec()``.

    ``people`` are (participant id, name, role text, in the audience); those outside the
    training's audience are listed after the others, greyed.
    """

    def __init__(
        self,
        title: str,
        people: Sequence[tuple[int, str, str, bool]],
        attended: frozenset[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance: %1").replace("%1", title))
        self.setMinimumSize(420, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("attendanceList")
        self.list.setAlternatingRowColors(True)
        ordered = sorted(people, key=lambda p: (not p[3], p[1].casefold()))
        for pid, name, role, in_audience in ordered:
            item = QListWidgetItem(f"{name}  ·  {role}")
            item.setData(ID_ROLE, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = pid in attended
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if not in_audience:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("Not in this workshop's audience"))
            self.list.addItem(item)
        self.list.itemChanged.connect(self._count)
        self.tick_button = QPushButton(self.tr("&Tick All Shown"))
        self.tick_button.clicked.connect(lambda: self._tick_shown(True))
        self.untick_button = QPushButton(self.tr("&Untick All Shown"))
        self.untick_button.clicked.connect(lambda: self._tick_shown(False))
        self.count = QLabel()
        self.count.setObjectName("attendanceCount")
        bulk = QHBoxLayout()
        bulk.addWidget(self.tick_button)
        bulk.addWidget(self.untick_button)
        bulk.addStretch()
        bulk.addWidget(self.count)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Save Attendance"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.buttons)
        self._count()

    def items(self) -> list[QListWidgetItem]:
        return [item for n in range(self.list.count()) if (item := self.list.item(n)) is not None]

    def item_of(self, participant_id: int) -> QListWidgetItem:
        return next(i for i in self.items() if i.data(ID_ROLE) == participant_id)

    def attended(self) -> frozenset[int]:
        return frozenset(
            int(i.data(ID_ROLE)) for i in self.items() if i.checkState() == Qt.CheckState.Checked
        )

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _tick_shown(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self.items():
            if not item.isHidden():
                item.setCheckState(state)

    def _count(self) -> None:
        n = len(self.attended())
        self.count.setText(counted(n, self.tr("%n attended"), self.tr("%n attended")))

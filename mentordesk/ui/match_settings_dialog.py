"""Matching settings: what counts in a pair's score, the career-level gap, the rules that rule a
pair out, and how automatic matching works. Shows each criterion's share of the score live.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.match_settings import (
    DEFAULT_WEIGHTS,
    MAX_GROUP,
    MIN_GROUP,
    Balance,
    BalanceBy,
    Criterion,
    DepartmentRule,
    MatchSettings,
)
from .participant_dialog import ErrorLabel

MAX_WEIGHT = 10


class _Mnemonics:
    """Gives each label an Alt+letter of its own, so translations need not coordinate them."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.used = {c.casefold() for c in taken}

    def __call__(self, text: str) -> str:
        if "&" in text:  # the translator chose one
            self.used.add(text[text.index("&") + 1].casefold())
            return text
        starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] == " ")]
        for i in [*starts, *range(len(text))]:
            if text[i].isalpha() and text[i].casefold() not in self.used:
                self.used.add(text[i].casefold())
                return text[:i] + "&" + text[i:]
        return text


class MatchSettingsDialog(QDialog):
    """Edits a program's matching settings; read the result from :meth:`settings`."""

    def __init__(
        self,
        settings: MatchSettings,
        levels: tuple[str, ...],
        peers: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchSettingsDialog")
        self.setWindowTitle(self.tr("Matching settings"))
        self._original = settings
        self._peers = peers
        # Weights as stored, kept exactly (e.g. 2.5) until the coordinator changes that row.
        self._exact = {c: float(settings.weights.get(c, 0.0)) for c in Criterion}

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        mnemonic = _Mnemonics(
            b.text()[b.text().index("&") + 1]
            for b in (self.ok_button, self.cancel_button)
            if "&" in b.text()[:-1]
        )

        intro = QLabel(
            self.tr(
                "Choose what makes a good pair. Each criterion’s weight sets its share of the "
                "compatibility score, from 0 to 100."
            )
        )
        intro.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self._weights_group(settings, mnemonic), 1)
        right = QVBoxLayout()
        self.levels_group = self._levels_group(settings, levels, mnemonic)
        right.addWidget(self.levels_group)
        right.addWidget(self._rules_group(settings, mnemonic))
        right.addWidget(self._automatic_group(settings, mnemonic))
        right.addStretch()
        columns.addLayout(right, 1)

        self.reason = ErrorLabel()
        self.reason.setObjectName("okReason")
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addLayout(bottom)

        mentoring: list[QWidget] = [self.levels_group, self.require_above, self.require_gap]
        for widget in [*mentoring, self.most_matched_first]:
            widget.setVisible(not peers)
        for widget in (self.group_size_label, self.group_size, self.balance_label):
            widget.setVisible(peers)
        self.balance.setVisible(peers)
        self.balance_by.setVisible(peers)
        self._set_tab_order()
        self._update()

    # -- the groups ----------------------------------------------------------------------------

    def _weights_group(self, settings: MatchSettings, mnemonic: _Mnemonics) -> QGroupBox:
        group = QGroupBox(self.tr("What counts"))
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        weight_head = QLabel(self.tr("Weight (0 = ignored)"))
        share_head = QLabel(self.tr("Share of the score"))
        share_head.setToolTip(self.tr("How many of the 100 points this criterion can give."))
        for column, head in ((1, weight_head), (3, share_head)):
            head.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(head, 0, column, 1, 2 if column == 1 else 1)
        share_head.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.weight_labels: dict[Criterion, QLabel] = {}
        self.sliders: dict[Criterion, QSlider] = {}
        self.weights: dict[Criterion, QSpinBox] = {}
        self.shares: dict[Criterion, QLabel] = {}
        for row, criterion in enumerate(Criterion, start=1):
            label = QLabel(mnemonic(criterion.label))
            slider = QSlider(Qt.Orientation.Horizontal)
            spin = QSpinBox()
            share = QLabel()
            slider.setRange(0, MAX_WEIGHT)
            spin.setRange(0, MAX_WEIGHT)
            # The spin box is the keyboard's way in; the slider is a second handle for the mouse.
            slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            spin.setValue(min(MAX_WEIGHT, round(self._exact[criterion])))
            slider.setValue(spin.value())
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.valueChanged.connect(lambda _v, c=criterion: self._weight_changed(c))
            label.setBuddy(spin)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share.setMinimumWidth(share.fontMetrics().horizontalAdvance("100%  "))
            tip = self._tooltip(criterion)
            weight_name = self.tr("Weight of {criterion}").format(criterion=criterion.label)
            share_name = self.tr("Share of the score for {criterion}")
            names = (
                criterion.label,
                weight_name,
                weight_name,
                share_name.format(criterion=criterion.label),
            )
            cells: tuple[QWidget, ...] = (label, slider, spin, share)
            for column, (widget, name) in enumerate(zip(cells, names, strict=True)):
                widget.setToolTip(tip)
                widget.setAccessibleName(name)
                grid.addWidget(widget, row, column)
            self.weight_labels[criterion] = label
            self.sliders[criterion] = slider
            self.weights[criterion] = spin
            self.shares[criterion] = share

        self.department = QComboBox()
        for rule in DepartmentRule:
            self.department.addItem(rule.label, rule)
        self.department.setCurrentIndex(self.department.findData(settings.department))
        self.department.setToolTip(
            self.tr("Whether pairs from different departments or from the same one score higher.")
        )
        self.department.setAccessibleName(self.tr("Departments"))
        self.department.currentIndexChanged.connect(self._update)
        department_label = QLabel(mnemonic(self.tr("Departments:")))
        department_label.setBuddy(self.department)
        self.restore = QPushButton(mnemonic(self.tr("Restore defaults")))
        self.restore.setToolTip(
            self.tr("Put back the weights and department choice MentorDesk suggests.")
        )
        self.restore.clicked.connect(self._restore_defaults)
        row = len(Criterion) + 1
        grid.addWidget(department_label, row, 0)
        grid.addWidget(self.department, row, 1, 1, 3)
        grid.addWidget(self.restore, row + 1, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(row + 2, 1)
        return group

    def _levels_group(
        self, settings: MatchSettings, levels: tuple[str, ...], mnemonic: _Mnemonics
    ) -> QGroupBox:
        group = QGroupBox(self.tr("Career levels"))
        column = QVBoxLayout(group)
        low, high = settings.level_gap
        top = max(len(levels) - 1, high, 1) if levels else max(10, high)
        self.gap_low, self.gap_high = QSpinBox(), QSpinBox()
        tip = self.tr("The career-level gap that scores best: the mentor this many levels higher.")
        for spin, value, name in (
            (self.gap_low, low, self.tr("Fewest levels the mentor is above the mentee")),
            (self.gap_high, high, self.tr("Most levels the mentor is above the mentee")),
        ):
            spin.setRange(min(0, low), top)  # keeps a stored negative gap as it was
            spin.setValue(value)
            spin.setToolTip(tip)
            spin.setAccessibleName(name)
        self.gap_low.valueChanged.connect(self._gap_low_changed)
        self.gap_high.valueChanged.connect(self._gap_high_changed)
        # One sentence with the two boxes in it, so a translation can reorder the words.
        sentence = self.tr("Ideal gap: mentor %1 to %2 levels above the mentee")
        before, rest = sentence.split("%1", 1)
        middle, after = rest.split("%2", 1)
        row = QHBoxLayout()
        gap_label = QLabel(mnemonic(before.strip()))
        gap_label.setBuddy(self.gap_low)
        gap_label.setToolTip(tip)
        for part in (gap_label, self.gap_low, QLabel(middle.strip()), self.gap_high):
            row.addWidget(part)
        row.addWidget(QLabel(after.strip()), 1)
        column.addLayout(row)
        if levels:
            hint = self.tr("Levels, lowest first: {levels}").format(levels=", ".join(levels))
        else:
            hint = self.tr("This program has no career levels yet; add them in Program settings.")
        self.levels_hint = QLabel(hint)
        self.levels_hint.setWordWrap(True)
        self.levels_hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.levels_hint)
        return group

    def _rules_group(self, settings: MatchSettings, mnemonic: _Mnemonics) -> QGroupBox:
        group = QGroupBox(self.tr("Rules that rule a pair out"))
        column = QVBoxLayout(group)
        known = self.tr("(only when both levels are known)")
        self.forbid_same_department = QCheckBox()
        self.require_shared_language = QCheckBox()
        self.require_above = QCheckBox()
        self.require_gap = QCheckBox()
        for box, value, text, tip in (
            (
                self.forbid_same_department,
                settings.forbid_same_department,
                self.tr("Never pair people from the same department"),
                self.tr("Two people from the same department are never paired."),
            ),
            (
                self.require_shared_language,
                settings.require_shared_language,
                self.tr("Pair only people who share a language (when both list languages)"),
                self.tr("People who both list languages but share none are never paired."),
            ),
            (
                self.require_above,
                settings.require_mentor_above,
                self.tr("The mentor must be at a higher level than the mentee"),
                self.tr("A mentor at the mentee’s level or lower is never proposed {known}."),
            ),
            (
                self.require_gap,
                settings.require_level_gap,
                self.tr("The mentor must be within the ideal level gap"),
                self.tr("A mentor outside the ideal gap is never proposed {known}."),
            ),
        ):
            box.setText(mnemonic(text))
            box.setChecked(value)
            box.setToolTip(tip.format(known=known))
            box.setAccessibleName(text)
            column.addWidget(box)
        return group

    def _automatic_group(self, settings: MatchSettings, mnemonic: _Mnemonics) -> QGroupBox:
        group = QGroupBox(self.tr("Automatic matching"))
        column = QVBoxLayout(group)
        text = self.tr("Give as many mentees as possible a mentor first, then the best scores")
        self.most_matched_first = QCheckBox(mnemonic(text))
        self.most_matched_first.setChecked(settings.most_matched_first)
        self.most_matched_first.setAccessibleName(text)
        self.most_matched_first.setToolTip(
            self.tr(
                "When off, automatic matching only seeks the highest total score, "
                "which may leave more mentees without a mentor."
            )
        )
        column.addWidget(self.most_matched_first)
        self.group_size = QSpinBox()
        self.group_size.setRange(MIN_GROUP, MAX_GROUP)
        self.group_size.setValue(settings.group_size)
        self.group_size.setSuffix(self.tr(" people"))
        self.group_size.setAccessibleName(self.tr("People per group"))
        self.group_size.setToolTip(self.tr("How many people each automatic peer group has."))
        self.group_size_label = QLabel(mnemonic(self.tr("People per group:")))
        self.group_size_label.setBuddy(self.group_size)
        row = QHBoxLayout()
        row.addWidget(self.group_size_label)
        row.addWidget(self.group_size)
        row.addStretch()
        column.addLayout(row)
        self.balance = QComboBox()
        for balance in Balance:
            self.balance.addItem(balance.label, balance.value)
        self.balance.setCurrentIndex(self.balance.findData(settings.balance.value))
        self.balance.setAccessibleName(self.tr("Balance groups"))
        self.balance.setToolTip(
            self.tr(
                "Mix: people who share a value are spread over the groups, and nobody is the "
                "only one with their value in a group. Keep together: they share groups."
            )
        )
        self.balance_by = QComboBox()
        for by in BalanceBy:
            self.balance_by.addItem(by.label, by.value)
        self.balance_by.setCurrentIndex(self.balance_by.findData(settings.balance_by.value))
        self.balance_by.setAccessibleName(self.tr("Balance groups by"))
        self.balance.currentIndexChanged.connect(
            lambda _i: self.balance_by.setEnabled(self.balance.currentData() != Balance.NONE)
        )
        self.balance_by.setEnabled(settings.balance is not Balance.NONE)
        self.balance_label = QLabel(mnemonic(self.tr("Balance groups:")))
        self.balance_label.setBuddy(self.balance)
        row = QHBoxLayout()
        for widget in (self.balance_label, self.balance, self.balance_by):
            row.addWidget(widget)
        row.addStretch()
        column.addLayout(row)
        return group

    def _tooltip(self, criterion: Criterion) -> str:
        if criterion is Criterion.LEVEL:
            if self._peers:
                return self.tr("Whether the two are at the same or a neighbouring career level.")
            return self.tr(
                "How close the mentor’s career level is to the ideal gap set on the right."
            )
        if criterion is Criterion.SKILLS and self._peers:
            return self.tr("How many of the skills each wants to develop the other offers.")
        return {
            Criterion.SKILLS: self.tr("How many of the skills the mentee wants the mentor offers."),
            Criterion.INTERESTS: self.tr("How many interests the two have in common."),
            Criterion.DEPARTMENT: self.tr("Whether the two work in the same department."),
            Criterion.LANGUAGE: self.tr("Whether the two speak a language in common."),
            Criterion.LOCATION: self.tr("Whether the two work in the same place."),
            Criterion.AVAILABILITY: self.tr("How many of their free times the two have in common."),
            Criterion.PREFERENCE: self.tr("Whether one of them asked to be paired with the other."),
        }[criterion]

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [*self.weights.values(), self.department, self.restore]
        chain += [self.gap_low, self.gap_high, self.forbid_same_department]
        chain += [self.require_shared_language, self.require_above, self.require_gap]
        chain += [self.most_matched_first, self.group_size, self.balance, self.balance_by]
        chain += [self.ok_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- reacting to the coordinator -----------------------------------------------------------

    def _weight_changed(self, criterion: Criterion) -> None:
        self._exact.pop(criterion, None)
        self._update()

    def _gap_low_changed(self, value: int) -> None:
        if self.gap_high.value() < value:
            self.gap_high.setValue(value)

    def _gap_high_changed(self, value: int) -> None:
        if self.gap_low.value() > value:
            self.gap_low.setValue(value)

    def _restore_defaults(self) -> None:
        for criterion, spin in self.weights.items():
            spin.setValue(round(DEFAULT_WEIGHTS.get(criterion, 0)))
        self._exact = {c: float(w) for c, w in DEFAULT_WEIGHTS.items()}
        self.department.setCurrentIndex(self.department.findData(DepartmentRule.PREFER_DIFFERENT))
        self._update()

    def _update(self) -> None:
        settings = self.settings()
        points = settings.points()
        ignored = self.department.currentData() == DepartmentRule.IGNORE
        for w in (self.sliders[Criterion.DEPARTMENT], self.weights[Criterion.DEPARTMENT]):
            w.setEnabled(not ignored)
        for criterion, label in self.shares.items():
            share = points[criterion]
            label.setText(
                self.tr("{share}%").format(share=round(share)) if share else self.tr("ignored")
            )
            label.setEnabled(bool(share))
        valid = any(points.values())
        reason = None if valid else self.tr("Give at least one criterion a weight.")
        self.reason.show_problem(reason)
        self.ok_button.setEnabled(valid)
        self.ok_button.setToolTip(reason or "")

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def settings(self) -> MatchSettings:
        """The settings as the dialog shows them; what the dialog hides stays as it was."""
        weights = {
            c: self._exact[c] if c in self._exact else float(spin.value())
            for c, spin in self.weights.items()
        }
        return dataclasses.replace(
            self._original,
            weights=weights,
            level_gap=(self.gap_low.value(), self.gap_high.value()),
            department=DepartmentRule(self.department.currentData()),
            forbid_same_department=self.forbid_same_department.isChecked(),
            require_shared_language=self.require_shared_language.isChecked(),
            require_mentor_above=self.require_above.isChecked(),
            require_level_gap=self.require_gap.isChecked(),
            most_matched_first=self.most_matched_first.isChecked(),
            group_size=self.group_size.value(),
            balance=Balance(self.balance.currentData()),
            balance_by=BalanceBy(self.balance_by.currentData()),
        )

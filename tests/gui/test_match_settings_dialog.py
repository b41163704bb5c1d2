"""The matching settings dialog, driven as a coordinator does: type, press keys, click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.model.match_settings import (
    DEFAULT_WEIGHTS,
    Balance,
    BalanceBy,
    Criterion,
    DepartmentRule,
    MatchSettings,
)
from mentordesk.ui.match_settings_dialog import MatchSettingsDialog

LEVELS = ("Junior", "Specialist", "Senior", "Lead")


@pytest.fixture
def open_dialog(qtbot: QtBot):  # type: ignore[no-untyped-def]
    def open_(settings: MatchSettings | None = None, peers: bool = False) -> MatchSettingsDialog:
        dialog = MatchSettingsDialog(settings or MatchSettings(), LEVELS, peers)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return open_


def type_into(qtbot: QtBot, spin: QSpinBox, text: str) -> None:
    """Select what the box holds and type over it, as a person does."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def share(dialog: MatchSettingsDialog, criterion: Criterion) -> str:
    return dialog.shares[criterion].text()


def test_defaults_then_weights_gap_and_rules_as_typed(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    assert dialog.windowTitle() == "Matching settings"
    assert dialog.settings() == MatchSettings()
    assert [dialog.weights[c].value() for c in Criterion] == [DEFAULT_WEIGHTS[c] for c in Criterion]
    assert share(dialog, Criterion.SKILLS) == "28%"  # 5 of 18
    assert dialog.ok_button.isEnabled() and not dialog.reason.isVisible()
    assert "Junior, Specialist, Senior, Lead" in dialog.levels_hint.text()

    type_into(qtbot, dialog.weights[Criterion.SKILLS], "10")
    assert share(dialog, Criterion.SKILLS) == "43%"  # 10 of 23
    assert dialog.sliders[Criterion.SKILLS].value() == 10
    type_into(qtbot, dialog.weights[Criterion.INTERESTS], "0")
    assert share(dialog, Criterion.INTERESTS) == "ignored"
    qtbot.keyClick(dialog.weights[Criterion.LOCATION], Qt.Key.Key_Up)
    assert dialog.weights[Criterion.LOCATION].value() == 2
    assert share(dialog, Criterion.SKILLS) == "43%"  # 10 of 23 again

    # The gap's two ends stay in order as the coordinator types.
    type_into(qtbot, dialog.gap_low, "3")
    assert (dialog.gap_low.value(), dialog.gap_high.value()) == (3, 3)
    qtbot.keyClick(dialog.gap_low, Qt.Key.Key_Down)
    type_into(qtbot, dialog.gap_high, "1")
    assert (dialog.gap_low.value(), dialog.gap_high.value()) == (1, 1)
    qtbot.keyClick(dialog.gap_high, Qt.Key.Key_Up)

    qtbot.mouseClick(dialog.forbid_same_department, Qt.MouseButton.LeftButton)
    dialog.require_above.setFocus()
    qtbot.keyClick(dialog.require_above, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.require_shared_language, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.most_matched_first, Qt.MouseButton.LeftButton)
    dialog.department.setFocus()
    qtbot.keyClick(dialog.department, Qt.Key.Key_Down)  # prefer different -> prefer the same

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    weights = dict(DEFAULT_WEIGHTS) | {
        Criterion.SKILLS: 10,
        Criterion.INTERESTS: 0,
        Criterion.LOCATION: 2,
    }
    assert dialog.settings() == MatchSettings(
        weights=weights,
        level_gap=(1, 2),
        department=DepartmentRule.PREFER_SAME,
        forbid_same_department=True,
        require_shared_language=False,
        require_mentor_above=True,
        require_level_gap=False,
        most_matched_first=False,
    )


def test_every_weight_zero_disables_ok_and_says_why(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    for criterion in Criterion:
        type_into(qtbot, dialog.weights[criterion], "0")
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason.isVisible()
    assert dialog.reason.text() == "Give at least one criterion a weight."
    assert all(share(dialog, c) == "ignored" for c in Criterion)
    qtbot.keyClick(dialog.weights[Criterion.PREFERENCE], Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter does not accept settings that score nothing"

    # Only the department counts, and departments are then ignored: still nothing to score.
    qtbot.keyClick(dialog.weights[Criterion.DEPARTMENT], Qt.Key.Key_Up)
    assert dialog.ok_button.isEnabled() and not dialog.reason.isVisible()
    assert share(dialog, Criterion.DEPARTMENT) == "100%"
    dialog.department.setCurrentIndex(dialog.department.findData(DepartmentRule.IGNORE))
    assert not dialog.weights[Criterion.DEPARTMENT].isEnabled()
    assert not dialog.ok_button.isEnabled() and dialog.reason.isVisible()

    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled() and not dialog.reason.isVisible()
    assert share(dialog, Criterion.SKILLS) == "28%"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.settings() == MatchSettings()


def test_peers_see_no_mentor_only_rows(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    stored = MatchSettings(level_gap=(0, 3), require_mentor_above=True, group_size=5)
    dialog = open_dialog(stored, peers=True)
    for hidden in (dialog.levels_group, dialog.require_above, dialog.require_gap):
        assert not hidden.isVisible()
    assert not dialog.most_matched_first.isVisible()
    assert dialog.group_size.isVisible() and dialog.forbid_same_department.isVisible()
    assert "neighbouring" in dialog.weights[Criterion.LEVEL].toolTip()

    type_into(qtbot, dialog.group_size, "3")
    qtbot.keyClick(dialog.group_size, Qt.Key.Key_Up)
    assert not dialog.balance_by.isEnabled()  # nothing to balance by until a balance is chosen
    dialog.balance.setCurrentIndex(dialog.balance.findText("Mix by"))
    assert dialog.balance_by.isEnabled()
    dialog.balance_by.setCurrentIndex(dialog.balance_by.findText("career level"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # What peers cannot see is kept as it was.
    assert dialog.settings() == MatchSettings(
        level_gap=(0, 3),
        require_mentor_above=True,
        group_size=4,
        balance=Balance.SPREAD,
        balance_by=BalanceBy.CAREER_LEVEL,
    )

    mentoring = open_dialog()
    assert not mentoring.group_size.isVisible() and mentoring.levels_group.isVisible()
    assert not mentoring.balance.isVisible()
    qtbot.mouseClick(mentoring.cancel_button, Qt.MouseButton.LeftButton)
    assert mentoring.result() == QDialog.DialogCode.Rejected


def test_stored_weights_kept_exactly_until_changed(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    stored = MatchSettings(weights={Criterion.SKILLS: 2.5, Criterion.LEVEL: 12})
    dialog = open_dialog(stored)
    assert dialog.weights[Criterion.LEVEL].value() == 10
    assert dialog.settings().weights == {c: stored.weights.get(c, 0.0) for c in Criterion}
    qtbot.keyClick(dialog.weights[Criterion.SKILLS], Qt.Key.Key_Up)
    assert dialog.settings().weight(Criterion.SKILLS) == 3
    assert dialog.settings().weight(Criterion.LEVEL) == 12
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_keyboard_mnemonics_tab_order_and_help(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.weights[Criterion.INTERESTS]

    order: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(len(Criterion) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [dialog.weights[c] for c in list(Criterion)[1:]]
    assert order == [*expected, dialog.department, dialog.restore, dialog.gap_low]

    # Every Alt+letter is different, and every criterion explains itself in one sentence.
    labels = [label.text() for label in dialog.weight_labels.values()]
    letters = [text[text.index("&") + 1].lower() for text in labels]
    assert len(set(letters)) == len(letters)
    for criterion in Criterion:
        spin = dialog.weights[criterion]
        assert spin.toolTip().endswith(".") and spin.toolTip().count(".") == 1
        assert spin.accessibleName() == f"Weight of {criterion.label}"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected

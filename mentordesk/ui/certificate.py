"""A printable certificate of recognition for a mentor: an A4 landscape PDF painted with
QPdfWriter and QPainter (no other dependency), from :mod:`mentordesk.model.certificate`.

Only what may hang on a wall: the program, the mentor, how many colleagues they mentored, the
sessions and hours, the dates, a line for the coordinator's signature. No notes, goals or
mentees' names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..model.certificate import CertificateFacts, certificate_facts, certificate_mentors
from ..model.errors import MentorDeskError, ValidationError
from ..model.store import Store
from .participant_dialog import ErrorLabel
from .pdf import save_pdf
from .prompts import Prompts
from .text import counted
from .translations import format_date

#: The page in tenths of a millimetre: A4 landscape.
WIDTH, HEIGHT = 2970, 2100
INK = QColor("#1f2d3d")
ACCENT = QColor("#1f5f8b")
GOLD = QColor("#b8925a")
MUTED = QColor("#5b6773")


def _tr(text: str) -> str:
    return QCoreApplication.translate("certificate", text)


def _font(size: float, *, serif: bool = False, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont("DejaVu Serif" if serif else "DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.Serif if serif else QFont.StyleHint.SansSerif)
    font.setPixelSize(int(size))  # in the page's units (tenths of a millimetre)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text(
    painter: QPainter,
    y: float,
    height: float,
    text: str,
    font: QFont,
    colour: QColor,
    margin: float = 360,
) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(QRectF(margin, y, WIDTH - 2 * margin, height), int(flags), text)


def body_text(facts: CertificateFacts) -> str:
    """What the mentor did, in one or two sentences."""
    colleagues = counted(
        facts.mentees, _tr("mentoring a colleague"), _tr("mentoring %n colleagues")
    )
    sessions = counted(facts.sessions, _tr("%n session"), _tr("%n sessions"))
    return (
        _tr("for %1 in %2,\n%3 and %4 of mentoring from %5 to %6.")
        .replace("%1", colleagues)
        .replace("%2", facts.program_name)
        .replace("%3", sessions)
        .replace("%4", facts.hours_text)
        .replace("%5", format_date(facts.first_date))
        .replace("%6", format_date(facts.last_date))
    )


def paint_certificate(painter: QPainter, facts: CertificateFacts) -> None:
    """Paint the certificate on a page of WIDTH × HEIGHT units (set the window first)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), QColor("white"))
    # A double frame: a strong outer line, a fine gold one inside it.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ACCENT, 14))
    painter.drawRect(QRectF(110, 110, WIDTH - 220, HEIGHT - 220))
    painter.setPen(QPen(GOLD, 4))
    painter.drawRect(QRectF(150, 150, WIDTH - 300, HEIGHT - 300))
    for x, y in ((150, 150), (WIDTH - 150, 150), (150, HEIGHT - 150), (WIDTH - 150, HEIGHT - 150)):
        _diamond(painter, QPointF(x, y), 26)

    program = facts.program_name
    if facts.program_start and facts.program_end:
        program += "  ·  " + _tr("%1 – %2").replace("%1", format_date(facts.program_start)).replace(
            "%2", format_date(facts.program_end)
        )
    _text(painter, 300, 90, program.upper(), _font(46, bold=True), MUTED)
    _text(painter, 420, 200, _tr("Certificate of recognition"), _font(150, serif=True), INK)
    painter.setPen(QPen(GOLD, 5))
    painter.drawLine(QPointF(WIDTH / 2 - 260, 660), QPointF(WIDTH / 2 + 260, 660))
    _diamond(painter, QPointF(WIDTH / 2, 660), 18)
    _text(painter, 730, 80, _tr("This certificate is presented to"), _font(56), MUTED)
    _text(painter, 830, 190, facts.mentor_name, _font(140, serif=True, italic=True), ACCENT)
    _text(painter, 1050, 240, body_text(facts), _font(56, serif=True), INK, margin=240)
    _text(
        painter,
        1300,
        90,
        _tr("Thank you for the time, care and experience you gave."),
        _font(52, italic=True, serif=True),
        MUTED,
    )

    _seal(painter, QPointF(WIDTH / 2, 1640), 150, facts)
    # The date on the left, the coordinator's signature on the right, each over its line.
    painter.setPen(QPen(INK, 4))
    for left in (420, WIDTH - 420 - 760):
        painter.drawLine(QPointF(left, 1720), QPointF(left + 760, 1720))
    painter.setFont(_font(58, serif=True))
    painter.drawText(
        QRectF(420, 1610, 760, 100), int(Qt.AlignmentFlag.AlignCenter), format_date(facts.issued)
    )
    painter.setPen(MUTED)
    painter.setFont(_font(44))
    painter.drawText(QRectF(420, 1735, 760, 70), int(Qt.AlignmentFlag.AlignHCenter), _tr("Date"))
    painter.drawText(
        QRectF(WIDTH - 420 - 760, 1735, 760, 70),
        int(Qt.AlignmentFlag.AlignHCenter),
        _tr("Program coordinator"),
    )


def _diamond(painter: QPainter, centre: QPointF, r: float) -> None:
    path = QPainterPath()
    path.moveTo(centre.x(), centre.y() - r)
    path.lineTo(centre.x() + r, centre.y())
    path.lineTo(centre.x(), centre.y() + r)
    path.lineTo(centre.x() - r, centre.y())
    path.closeSubpath()
    painter.fillPath(path, GOLD)


def _seal(painter: QPainter, centre: QPointF, r: float, facts: CertificateFacts) -> None:
    painter.setPen(QPen(GOLD, 6))
    painter.setBrush(QColor("#fbf7ef"))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QPen(GOLD, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, r - 22, r - 22)
    painter.setPen(ACCENT)
    painter.setFont(_font(88, serif=True, bold=True))
    top = QRectF(centre.x() - r, centre.y() - r + 52, 2 * r, 120)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), str(facts.sessions))
    painter.setFont(_font(34, bold=True))
    painter.setPen(MUTED)
    below = QRectF(centre.x() - r, centre.y() + 20, 2 * r, 60)
    label = counted(facts.sessions, _tr("SESSION"), _tr("SESSIONS"))
    painter.drawText(below, int(Qt.AlignmentFlag.AlignCenter), label)


def write_certificate(store: Store, participant_id: int, path: str | Path, today: dt.date) -> None:
    """Write the mentor's certificate as a PDF at ``path``.

    Raises ValidationError (who cannot have one) or MentorDeskError (the file cannot be written).
    """
    facts = certificate_facts(store, participant_id, today)

    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            painter.setWindow(0, 0, WIDTH, HEIGHT)
            painter.setViewport(writer.pageLayout().fullRectPixels(writer.resolution()))
            paint_certificate(painter, facts)
        finally:
            painter.end()

    title = _tr("Certificate of recognition: %1").replace("%1", facts.mentor_name)
    save_pdf(path, title, draw, landscape=True)


def certificate_image(facts: CertificateFacts, width: int) -> QImage:
    """The certificate as an image ``width`` pixels wide (the dialog's preview)."""
    height = round(width * HEIGHT / WIDTH)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setWindow(0, 0, WIDTH, HEIGHT)
    painter.setViewport(0, 0, width, height)
    paint_certificate(painter, facts)
    painter.end()
    return image


class CertificateDialog(QDialog):
    """Choose a mentor, see the certificate, save it as a PDF (through ``prompts``)."""

    def __init__(
        self, store: Store, prompts: Prompts, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.setWindowTitle(self.tr("Certificate of recognition"))
        self._store, self._prompts, self._today = store, prompts, today
        self.saved: Path | None = None
        self.mentor = QComboBox()
        for pid, name in certificate_mentors(store):
            self.mentor.addItem(name, pid)
        self.mentor.currentIndexChanged.connect(self._preview)
        self.summary = QLabel()
        self.summary.setObjectName("certificateSummary")
        self.summary.setWordWrap(True)
        self.problem = ErrorLabel()
        self.preview = QLabel()
        self.preview.setObjectName("certificatePreview")
        self.preview.setFixedSize(594, 420)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid); background: palette(base);")
        form = QFormLayout()
        form.addRow(self.tr("&Mentor:"), self.mentor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveCertificate")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.buttons)
        if self.mentor.count() == 0:
            self.problem.show_problem(self.tr("No one has mentored a pair or group yet."))
        self._preview()

    def select(self, participant_id: int) -> None:
        self.mentor.setCurrentIndex(max(0, self.mentor.findData(participant_id)))

    def facts(self) -> CertificateFacts | None:
        pid = self.mentor.currentData()
        if pid is None:
            return None
        try:
            return certificate_facts(self._store, int(pid), self._today)
        except ValidationError as exc:
            self.problem.show_problem(str(exc))
            return None

    def _preview(self) -> None:
        self.problem.show_problem(None)
        facts = self.facts()
        self.save_button.setEnabled(facts is not None)
        if facts is None:
            self.preview.clear()
            self.summary.setText("")
            if self.mentor.count() == 0:
                self.problem.show_problem(self.tr("No one has mentored a pair or group yet."))
            return
        text = body_text(facts).replace("\n", " ")
        self.summary.setText(text[:1].upper() + text[1:])
        image = certificate_image(facts, self.preview.width() - 2)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def save(self) -> None:
        facts = self.facts()
        if facts is None:
            return
        suggested = self.tr("Certificate %1.pdf").replace("%1", facts.mentor_name)
        path = self._prompts.save_any(
            self, self.tr("Save certificate"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            write_certificate(self._store, int(self.mentor.currentData()), path, self._today)
        except MentorDeskError as exc:
            self._prompts.error(self, self.tr("Certificate not saved"), str(exc))
            return
        self.saved = Path(path)

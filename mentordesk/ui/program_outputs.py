"""What the File and Program menus write from the open program: a copy, the report, a
certificate. Each returns the sentence for the status bar, or None when nothing was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model.errors import MentorDeskError
from .program_view import ProgramView, Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def save_copy(parent: QWidget, view: ProgramView, services: Services) -> str | None:
    store = view.store
    suggested = (
        str(store.path.with_name(store.path.stem + " copy.mentordesk")) if store.path else ""
    )
    path = services.prompts.save_path(parent, _tr("Save a copy"), suggested)
    if not path:
        return None
    try:
        store.save_copy(path)
    except MentorDeskError as exc:
        services.prompts.error(parent, _tr("Copy not saved"), str(exc))
        return None
    return _tr("Copy saved to %1").replace("%1", path)


def write_report(parent: QWidget, view: ProgramView, services: Services) -> str | None:
    """The program report as a PDF, for the period chosen on the Dashboard page."""
    from .report import STEPS
    from .report import write_report as write
    from .roster_actions import ProgressDialog

    store = view.store
    name = store.path.stem if store.path else "program"
    suggested = str((store.path.parent if store.path else Path.home()) / f"{name} report.pdf")
    path = services.prompts.save_any(
        parent, _tr("Write the program report"), suggested, _tr("PDF (*.pdf)")
    )
    if not path:
        return None
    progress = ProgressDialog(_tr("Writing the report…"), parent)
    try:
        write(
            store,
            Path(path),
            services.today(),
            view.dashboard.period(),
            lambda done: progress.update(done, STEPS),
        )
    except MentorDeskError as exc:
        services.prompts.error(parent, _tr("Report not written"), str(exc))
        return None
    finally:
        progress.close()
    return _tr("Report written to %1").replace("%1", path)


def mentor_certificate(parent: QWidget, view: ProgramView, services: Services) -> str | None:
    """A mentor's certificate of recognition, previewed, then saved as a PDF."""
    from .certificate import CertificateDialog

    dialog = CertificateDialog(view.store, services.prompts, services.today(), parent)
    services.run_dialog(dialog)
    if dialog.saved is None:
        return None
    return _tr("Certificate saved to %1").replace("%1", str(dialog.saved))

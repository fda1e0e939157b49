"""The pages of the window and what each holds until its issue lands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

CONTEXT = "Pages"

# (key, title, what will live there); translated when the window is built.
_PAGES = (
    ("members", QT_TRANSLATE_NOOP("Pages", "Members"),
     QT_TRANSLATE_NOOP("Pages", "Registration, enrollment drives, the register and transfers.")),
    ("homes", QT_TRANSLATE_NOOP("Pages", "Workers' homes"),
     QT_TRANSLATE_NOOP("Pages", "Workers' homes, reading rooms, rest stops and their equipment.")),
    ("hardship", QT_TRANSLATE_NOOP("Pages", "Hardship aid"),
     QT_TRANSLATE_NOOP("Pages", "Households in hardship, visits and money handed over.")),
    ("sync", QT_TRANSLATE_NOOP("Pages", "Reporting"),
     QT_TRANSLATE_NOOP("Pages", "Changes sent to the county by USB stick or network; receipts.")),
    ("reports", QT_TRANSLATE_NOOP("Pages", "Statistics"),
     QT_TRANSLATE_NOOP("Pages", "Figures on members, venues and hardship aid for the county.")),
    ("settings", QT_TRANSLATE_NOOP("Pages", "Settings"),
     QT_TRANSLATE_NOOP("Pages", "The station's details, officers, printing and reporting.")),
    ("officers", QT_TRANSLATE_NOOP("Pages", "Officers"),
     QT_TRANSLATE_NOOP("Pages", "Who may log in, with which role; passwords.")),
    ("audit", QT_TRANSLATE_NOOP("Pages", "Audit trail"),
     QT_TRANSLATE_NOOP("Pages", "Who did what and when; the chain's check.")),
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    description: str


def page_specs() -> list[PageSpec]:
    """Built on demand so the titles come out in the language installed at the time."""
    translate = QCoreApplication.translate
    return [
        PageSpec(key, translate(CONTEXT, str(title)), translate(CONTEXT, str(description)))
        for key, title, description in _PAGES
    ]


class PlaceholderPage(QWidget):
    """A page whose feature has not landed: the station and what will live here.

    Its labels are built when it first shows: eight pages of styled labels cost the
    window ~8 ms before it paints (bench/startup.py), and most are replaced unseen."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page-{spec.key}")
        self._station_name = ""
        self._station: QLabel | None = None
        self._notice: QLabel | None = None

    @property
    def notice(self) -> QLabel:
        self._build()
        assert self._notice is not None
        return self._notice

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._notice is not None:
            return
        spec = self.spec
        self._station = QLabel(self._station_name, self)
        self._station.setObjectName("stationHeading")
        self._station.setStyleSheet("font-size: 22px; font-weight: bold; color: #444;")
        heading = QLabel(spec.title, self)
        heading.setStyleSheet("font-size: 28px; font-weight: bold;")
        description = QLabel(spec.description, self)
        description.setObjectName("pageDescription")
        description.setWordWrap(True)
        description.setStyleSheet("font-size: 16px; color: #555;")
        self._notice = QLabel(self.tr(
            "This part is not in this version of UnionStation yet; it comes with a later "
            "update. Nothing is wrong with the program or your data."), self)
        self._notice.setObjectName("notInThisVersion")
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet(
            "font-size: 16px; padding: 12px; background: #fff4ce; border: 1px solid #e0c060;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(self._station)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addWidget(self._notice)
        layout.addStretch(1)

    def set_station(self, name: str) -> None:
        self._station_name = name
        if self._station is not None:
            self._station.setText(name)

    def station_text(self) -> str:
        return self._station_name

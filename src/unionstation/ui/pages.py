"""The pages of the window and what each holds until its issue lands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    description: str


def page_specs() -> list[PageSpec]:
    """Built on demand so the titles come out in the language installed at the time."""
    return [
        PageSpec("members", _t("Members"),
                 _t("Real-name registration, enrollment drives, the member register, "
                    "search and transfers.")),
        PageSpec("homes", _t("Workers' homes"),
                 _t("Workers' homes, reading rooms, nursing rooms, outdoor-worker rest stops "
                    "and the register of their equipment.")),
        PageSpec("hardship", _t("Hardship aid"),
                 _t("Files of households in hardship, visits, and every yuan handed over.")),
        PageSpec("sync", _t("Reporting"),
                 _t("Send this station's changes to the county federation by USB stick or "
                    "network, and see its receipts.")),
        PageSpec("reports", _t("Statistics"),
                 _t("Figures on members, venues and hardship aid for the higher union.")),
        PageSpec("settings", _t("Settings"),
                 _t("The station's details, officers, printing and reporting settings.")),
    ]


class PlaceholderPage(QWidget):
    """A page whose feature has not landed: the station and what will live here."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page-{spec.key}")
        self._station = QLabel(self)
        self._station.setObjectName("stationHeading")
        self._station.setStyleSheet("font-size: 22px; font-weight: bold; color: #444;")
        heading = QLabel(spec.title, self)
        heading.setStyleSheet("font-size: 28px; font-weight: bold;")
        description = QLabel(spec.description, self)
        description.setObjectName("pageDescription")
        description.setWordWrap(True)
        description.setStyleSheet("font-size: 16px; color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(self._station)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addStretch(1)
        for label in (self._station, heading, description):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_station(self, name: str) -> None:
        self._station.setText(name)

    def station_text(self) -> str:
        return self._station.text()

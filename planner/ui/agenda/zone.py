"""The line that says in which time zone the agenda's times are, as long
as the space beside the toolbar allows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from planner.services import times

translate = QCoreApplication.translate


def zone_texts(zone: str, day: date | None) -> list[str]:
    """From the fullest to the shortest: "Times in Europe/Berlin (CET,
    UTC+1)", "Europe/Berlin, UTC+1", "Europe/Berlin"."""
    if day is None or not zone:
        return [""]
    moment = datetime.combine(day, time(12), tzinfo=times.zone(zone))
    offset = moment.utcoffset() or timedelta(0)
    hours, minutes = divmod(abs(int(offset.total_seconds())) // 60, 60)
    utc = f"UTC{'−' if offset < timedelta(0) else '+'}{hours}{f':{minutes:02d}' if minutes else ''}"
    fullest = translate("FittingLabel", "Times in {zone} ({abbreviation}, {offset})").format(
        zone=zone, abbreviation=moment.tzname(), offset=utc
    )
    return [fullest, f"{zone}, {utc}", zone]


class FittingLabel(QLabel):
    """Shows the longest of its texts that fits; gives way to its neighbours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._texts: list[str] = [""]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_texts(self, texts: Sequence[str]) -> None:
        self._texts = list(texts) or [""]
        self.setToolTip(self._texts[0])
        self._fit()

    def texts(self) -> list[str]:
        return list(self._texts)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        fitting = [text for text in self._texts if metrics.horizontalAdvance(text) <= self.width()]
        shown = fitting[0] if fitting else ""
        if shown != self.text():
            self.setText(shown)

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._texts[0]) + 4)
        return hint

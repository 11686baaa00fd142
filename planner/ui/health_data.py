"""Dietary and access needs shown as what they are: health data (GDPR
Art. 9). Under each of the two fields of a person's form, a small "Health
data" line; on both, a tip saying how long they are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from planner.ui.context import AppContext
    from planner.ui.forms import FormWidget

translate = QCoreApplication.translate

HEALTH_FIELDS = ("dietary", "accessibility")


def mark_health_fields(form: FormWidget, context: AppContext) -> None:
    """Mark the person's dietary and access needs in ``form`` as health data."""
    from planner.services import retention

    with context.read() as session:
        days = retention.database_days(session)
    tip = translate(
        "HealthData",
        "Health data: kept for catering and access only, and removed %n day(s) after the person's last event "
        "(an event may set its own time), once you agree in File ▸ Data protection…",
        "",
        days,
    )
    for name in HEALTH_FIELDS:
        if name not in form.widgets:
            continue
        caption = QLabel(translate("HealthData", "Health data · removed %n day(s) after the event", "", days), form)
        caption.setObjectName(f"{name}_health_data")
        caption.setStyleSheet("color: palette(placeholder-text);")
        font = caption.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        caption.setFont(font)
        caption.setToolTip(tip)
        form.widgets[name].setToolTip(tip)
        row = form.rows[name].layout()
        assert row is not None
        row.addWidget(caption)

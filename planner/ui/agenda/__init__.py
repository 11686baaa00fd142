"""The Agenda tab: an event's programme day by day, as a list and as a timeline."""

from planner.ui.agenda.tab import AgendaTab

__all__ = ["AgendaTab"]

"""The Logistics tab: travel legs, hotel stays, arrivals and departures, costs."""

from planner.ui.logistics.tab import LogisticsTab

__all__ = ["LogisticsTab"]

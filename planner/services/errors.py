"""Errors the services raise; each names the field or the thing at fault."""

from planner.errors import PlannerError


class InvalidInput(PlannerError):
    """A value that cannot be accepted. ``field`` names it (``ends_at``,
    ``cost.amount``); callers that know more prefix it (``agenda[3].``)."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")

    def within(self, prefix: str) -> "InvalidInput":
        return InvalidInput(f"{prefix}.{self.field}" if self.field else prefix, self.message)


class NotFound(PlannerError):
    """An id that names nothing in the database."""


class InUse(PlannerError):
    """A deletion refused because other records still refer to the thing."""

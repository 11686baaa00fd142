"""Messages made from templates, with each participant's own documents
attached: built on the calendar and documents packages, delivered through
planner.calendar.outbox."""

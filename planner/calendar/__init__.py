"""Calendars (.ics): export of an event, a participant's own calendar and
open actions; import; invitations. Built with icalendar, read through the
services."""

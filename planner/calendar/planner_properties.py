"""What Planner writes into an event's VEVENT besides RFC 5545, so that its
own calendar, imported again, gives the same event back: the kind and
status (CATEGORIES and STATUS say less), and the venue in its parts (a
LOCATION joined with commas cannot be split back where a name has one)."""

KIND = "X-PLANNER-KIND"
STATUS = "X-PLANNER-STATUS"
VENUE = {
    "venue_name": "X-PLANNER-VENUE-NAME",
    "venue_address": "X-PLANNER-VENUE-ADDRESS",
    "venue_city": "X-PLANNER-VENUE-CITY",
    "venue_country": "X-PLANNER-VENUE-COUNTRY",
}

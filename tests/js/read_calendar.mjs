// Reads a calendar (.ics) with ical.js and prints its items as JSON, one
// object per VEVENT or VTODO: uid, summary, sequence, and start and end as
// UTC instants, read with the calendar's own VTIMEZONEs.
//   node read_calendar.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const instant = (time) => (time ? time.toJSDate().toISOString() : null);
const items = [...calendar.getAllSubcomponents("vevent"), ...calendar.getAllSubcomponents("vtodo")].map(
  (component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence ?? 0,
      start: instant(event.startDate),
      end: instant(event.endDate),
      allDay: event.startDate ? event.startDate.isDate : false,
    };
  },
);
process.stdout.write(JSON.stringify(items));

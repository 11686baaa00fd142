"""Messages after the event: who refused to be contacted after it (or
withdrew that consent) gets none once the event's last day has passed
where it was held, and the sender is told why; the others get theirs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.mail.message_plan import plan_messages
from planner.mail.template_messages import compose
from planner.services import consent, events, participants

PRACTICAL = "Practical information (a week before)"
GREEK = "d.alexiou@example.org"
POLISH = "p.los@example.org"


def _munich(store, samples):
    munich = samples["ECRI"]
    with store.write() as session:
        rows = {row.email: row for row in participants.participant_rows(session, munich)}
        consent.record(session, rows[GREEK].participation_id, "contact_after", given=False, given_on=date(2018, 3, 1))
        consent.record(
            session,
            rows[POLISH].participation_id,
            "contact_after",
            given=True,
            given_on=date(2018, 3, 1),
            withdrawn_on=date(2018, 3, 30),
        )
        event = events.get_event(session, munich)
        return munich, event.ends_on, ZoneInfo(event.timezone)


@pytest.mark.parametrize(("late", "held"), [(timedelta(minutes=-30), False), (timedelta(minutes=30), True)])
def test_after_the_last_day_who_refused_gets_nothing_and_the_sender_is_told(store, samples, late, held):
    munich, last_day, zone = _munich(store, samples)
    midnight = datetime.combine(last_day + timedelta(days=1), time(0, 0), tzinfo=zone)
    with store.write() as session:
        batch = compose(session, munich, PRACTICAL, to=[GREEK, POLISH], now=midnight + late)
    written = sorted(message.address for message in batch.messages)
    if held:
        assert written == [POLISH]  # withdrawn only later
        [(recipient, why)] = batch.held_back
        assert recipient.endswith(f"<{GREEK}>")
        assert why == "held back: they did not agree to be contacted after the event"
    else:
        assert written == [GREEK, POLISH] and batch.held_back == []


def test_a_withdrawal_holds_back_from_its_day_and_the_plan_says_why(store, samples):
    munich, _last_day, _zone = _munich(store, samples)
    with store.write() as session:
        batch = compose(
            session, munich, PRACTICAL, to=[GREEK, POLISH], now=datetime(2018, 3, 30, 12, tzinfo=ZoneInfo("UTC"))
        )
        assert batch.messages == [] and len(batch.held_back) == 2
        plan = plan_messages(session, munich, PRACTICAL, to=[GREEK, POLISH])
    reasons = {line.recipient.rsplit("<", 1)[1].rstrip(">"): line.why for line in plan.lines}
    assert reasons[GREEK] == reasons[POLISH] == "held back: they did not agree to be contacted after the event"

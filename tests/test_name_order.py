"""The order of names in every list: by family name then given name, case
and accents folded; names that fold alike by the names as written, then by
the order they were added in (as the database orders them)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.services.name_order import by_name, name_key

# Names as a person can type them: letters of many scripts, marks, spaces,
# punctuation; never a control character (``values.line`` drops them).
NAME = st.text(
    st.characters(blacklist_categories=("Cc", "Cs")),
    max_size=6,
).map(str.strip)
SHORT = st.sampled_from(["", "Ann", "Anna", "anna", "Änna", "Müller", "Muller", "MÜLLER", "Łoś", "Los", "de Vries"])


def _people(names):
    # (id, family name, given name), the ids in any order.
    return [(ident, family, given_name) for ident, (family, given_name) in names.items()]


def _expected(people):
    return sorted(people, key=lambda person: (name_key(person[1], person[2]), person[1], person[2], person[0]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.integers(1, 10_000), st.tuples(NAME | SHORT, NAME | SHORT), max_size=30))
def test_people_are_ordered_by_folded_name_then_as_written_then_by_id(names):
    people = _people(names)
    ordered = by_name(people, lambda person: person[1], lambda person: person[2], lambda person: person[0])
    assert ordered == _expected(people)


def test_names_that_fold_alike_keep_the_order_they_were_added_in():
    people = [(3, "Müller", "Anna"), (1, "Muller", "Anna"), (2, "Müller", "Anna"), (4, "Ann", "Z"), (5, "Anna", "A")]
    ordered = by_name(people, lambda person: person[1], lambda person: person[2], lambda person: person[0])
    assert [person[0] for person in ordered] == [4, 5, 1, 2, 3]

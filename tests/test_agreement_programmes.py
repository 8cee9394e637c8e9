"""A cooperation programme named with its period or its sides is a plan of action; the plural (`implement cooperation
programmes`) is the sides' projects and activities, no document."""

from __future__ import annotations

from tests.extraction import agreements, run


def test_a_signed_cooperation_program_for_a_period_is_an_action_plan() -> None:
    doc = run(
        "Tashkent, April 10 (VNA) - The Ministries of Foreign Affairs of Uzbekistan and Vietnam signed a cooperation "
        "program for 2025-2026."
    )
    (plan,) = agreements(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert plan["properties"]["status"] == "signed"


def test_cooperation_programmes_carried_out_are_no_document() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - During the 2016-2021 period, the two provinces implemented comprehensive cooperation "
        "programmes in various fields, especially economy and healthcare."
    )
    assert not agreements(doc)

"""Records two sides put out together: a session's minutes told only by their signing (a document of the other kinds, the
two states' when the page names an intergovernmental committee) and a signed joint declaration."""

from __future__ import annotations

from tests.extraction import agreements, of_kind, parties, run


def _names(doc: dict, agreement: dict) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["id"] in parties(doc, agreement)}


def test_the_minutes_two_heads_of_delegation_signed_are_the_committee_s_record() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - The second meeting of the Vietnam - Mexico Joint Committee took place in Hanoi on May 3. "
        "Concluding the meeting, the two head delegates signed its minutes."
    )
    (record,) = [a for a in agreements(doc) if a["properties"]["type"] == "other"]
    assert record["properties"]["status"] == "signed"
    assert _names(doc, record) == {"Việt Nam", "Mexico"}


def test_the_minutes_of_meeting_signed_in_a_caption_are_a_document() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - The fourth session of the Vietnam - Saudi Arabia Joint Committee was held in Riyadh. "
        "The minutes of meeting is signed."
    )
    assert [a["name"] for a in agreements(doc)] == ["minutes of meeting"]


def test_a_vietnamese_session_s_minutes_are_the_two_states_not_the_co_chairing_ministries() -> None:
    doc = run(
        "Ngày 10/9, tại Minsk diễn ra khóa họp thứ 10 Ủy ban Liên chính phủ Việt Nam - Belarus. "
        "Thứ trưởng Bộ Công thương Việt Nam Lê Dương Quang và Thứ trưởng Bộ Ngoại giao Belarus đã ký biên bản "
        "khóa họp."
    )
    (record,) = agreements(doc)
    assert record["properties"]["type"] == "other"
    assert _names(doc, record) == {"Việt Nam", "Belarus"}


def test_minutes_of_time_are_no_document() -> None:
    doc = run("Hanoi, May 4 (VNA) - The two ministers talked for 40 minutes and the minutes after the talks were calm.")
    assert not of_kind(doc, "Agreement")


def test_a_signed_joint_declaration_is_a_document_and_a_cited_communique_is_none() -> None:
    doc = run(
        "Islamabad, Oct 14 (VNA) - Vietnam's Minister of Industry and Trade and Pakistan's Minister of Commerce "
        "signed a joint declaration to launch negotiations on trade in goods."
    )
    (declaration,) = agreements(doc)
    assert declaration["properties"]["type"] == "other"
    assert declaration["name"].startswith("joint declaration")
    cited = run(
        "Abuja, May 4 (VNA) - According to the joint communiqué issued after the event, trade between Nigeria and "
        "Vietnam is expected to grow."
    )
    assert not agreements(cited)

"""The stage of a text not yet signed, as news tells it in both languages: which cue wins when a sentence reads
several (negotiations sped up and the signing they look to). Written with other names than the real set's articles,
so that a rule passes only if it is general."""

from __future__ import annotations

import pytest

from tests.extraction import only_agreement, run


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Vietnam eye trade\n\nBoth sides agreed to boost bilateral trade by accelerating the negotiation "
        "and signing of the Chile-Vietnam Free Trade Agreement.",
        "Chile và Việt Nam thúc đẩy hợp tác\n\nHai bên nhất trí đẩy mạnh đàm phán để có thể sớm ký kết Hiệp định "
        "khuyến khích và bảo hộ đầu tư giữa Chile và Việt Nam.",
        "Chile và Việt Nam thúc đẩy hợp tác\n\nThủ tướng đề nghị hai bên thúc đẩy đàm phán, sớm ký kết Hiệp định "
        "hợp tác hải quan giữa Chile và Việt Nam.",
        "Chile and Peru eye trade\n\nHe expressed his hope that the region and its firms will help accelerate the "
        "negotiations and signing of a free trade agreement between Chile and Peru.",
        "Chile and Vietnam eye trade\n\nThe two ministers agreed to speed up negotiations between Chile's finance "
        "ministry and Vietnam's trade ministry in order to sign a credit agreement on port works.",
    ],
)
def test_negotiations_sped_up_towards_a_signing_are_under_way(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "under_negotiation"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Chile và Việt Nam thúc đẩy hợp tác\n\nHai bộ trưởng nhấn mạnh sự cần thiết thúc đẩy sớm đàm phán Hiệp "
            "định thương mại tự do giữa Chile và Việt Nam.",
            "proposed",
        ),
        (
            "Chile and Vietnam eye trade\n\nThe two sides sped up negotiations and signed a memorandum of "
            "understanding on mining cooperation between Chile and Vietnam.",
            "signed",
        ),
    ],
)
def test_negotiations_urged_to_begin_or_a_signing_done_keep_their_status(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Chile and Vietnam eye trade\n\nShe voiced her hope that the two sides will devise an action plan to further "
            "boost trade and tourism between Chile and Vietnam.",
            "proposed",
        ),
        (
            "Chile and Vietnam eye trade\n\nThe minister said both sides should build an action plan to realise their "
            "cooperation in mining between Chile and Vietnam.",
            "proposed",
        ),
        (
            "Chile and Vietnam eye trade\n\nThe two ministers agreed to build an action plan to further boost trade and "
            "tourism between Chile and Vietnam.",
            "planned",
        ),
    ],
)
def test_a_text_only_wished_to_be_made_is_proposed_one_decided_is_planned(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status

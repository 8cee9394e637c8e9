"""Officials: people with their titles, organisations and countries.

Takes an `ArticleDoc` with places and organisations found; adds `doc.people`
(one span per mention, `id` = the person), `doc.bare_titles` (a title with no
name: `Bộ trưởng`, `Đại sứ`, resolved to the person already named), Official
entities (`titles`, `country`) and `HOLDS_POSITION` person -> organisation (or
-> country for heads of state and ambassadors with no organisation), with the
title as a property.

Patterns of Vietnamese news writing, read as a chain:
`<Title>[ <Org>| <Country>| tại <Country>| phụ trách …][, <Title> …] <Name>`
(`Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình`, `Thứ trưởng Bộ Ngoại
giao Hoa Kỳ phụ trách kinh tế … Jacob Helberg`), the same chain after a name
(`ngài X, Đại sứ Đặc mệnh toàn quyền Cộng hòa Mexico tại Việt Nam`, `ông X -
Phó Vụ trưởng Vụ …, Bộ Công Thương`), a ministry named without `Bộ`
(`Bộ trưởng Công Thương`), and full Vietnamese names (a family name and two
or three more syllables) anywhere.

English text uses the same chain with `of` between its links (`Minister of
Industry and Trade Nguyen Hong Dien`, `Vice Chairman of the People's
Government of Guangxi … Wei Zhaohui`, `Ambassador of Australia to Viet Nam
…`), a body or country before the title (`Japan's Vice Minister`, `Chinese
Commerce Minister`), and `Name, Title of Org` (`officials_en` holds what is
English only). Roles keep the Vietnamese title, so both languages meet.
"""

from __future__ import annotations

from loaders.entities.officials.stage import find_officials

__all__ = ["find_officials"]

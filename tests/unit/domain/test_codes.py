"""Code lists: codes, labels, short forms and choices."""

from __future__ import annotations

import pytest

from unionstation.domain.codes import (
    ConsentMethod,
    Education,
    Ethnicity,
    Gender,
    HouseholdKind,
    LabeledEnum,
    MemberStatus,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
    UnionKind,
)

ALL_LISTS: list[type[LabeledEnum]] = [
    Gender,
    Ethnicity,
    PoliticalStatus,
    Education,
    PriorityGroup,
    MemberStatus,
    UnionKind,
    ModelWorkerLevel,
    HouseholdKind,
    ConsentMethod,
]

GB3304 = [
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
]


def test_ethnicity_official_order() -> None:
    assert len(GB3304) == 56
    assert len(Ethnicity) == 58
    for index, label in enumerate(GB3304, start=1):
        member = Ethnicity(f"{index:02d}")
        assert member.label == label
    assert Ethnicity("97").label == "其他"
    assert Ethnicity("98").label == "外国血统中国籍人士"
    assert Ethnicity.HAN.value == "01"
    assert Ethnicity.MONGOL.value == "02"
    assert Ethnicity.JINO.label == "基诺族"


def test_ethnicity_short_forms() -> None:
    assert Ethnicity.from_label("汉") is Ethnicity.HAN
    assert Ethnicity.from_label("汉族") is Ethnicity.HAN
    assert Ethnicity.from_label("01") is Ethnicity.HAN
    assert Ethnicity.from_label("1") is Ethnicity.HAN  # Excel dropped the leading zero
    assert Ethnicity.from_label("维吾尔") is Ethnicity.UYGHUR
    assert Ethnicity.from_label(" 蒙古族 ") is Ethnicity.MONGOL
    assert Ethnicity.from_label("火星族") is None
    assert Ethnicity.from_label("") is None


def test_gender() -> None:
    assert Gender.MALE.value == "1"
    assert Gender.FEMALE.value == "2"
    assert Gender.from_label("男") is Gender.MALE
    assert Gender.from_label("女") is Gender.FEMALE
    assert Gender.from_label("2") is Gender.FEMALE
    assert Gender.from_label("男性") is Gender.MALE
    assert Gender.choices() == [("1", "男"), ("2", "女")]


def test_political_status() -> None:
    assert len(PoliticalStatus) == 13
    assert PoliticalStatus.from_label("党员") is PoliticalStatus.CPC_MEMBER
    assert PoliticalStatus.from_label("中共党员") is PoliticalStatus.CPC_MEMBER
    assert PoliticalStatus.from_label("预备党员") is PoliticalStatus.CPC_PROBATIONARY
    assert PoliticalStatus.from_label("团员") is PoliticalStatus.CYL_MEMBER
    assert PoliticalStatus.from_label("群众") is PoliticalStatus.MASSES
    assert PoliticalStatus.from_label("13") is PoliticalStatus.MASSES
    assert PoliticalStatus("10").label == "九三学社社员"
    assert PoliticalStatus("12").label == "无党派人士"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("硕士", Education.POSTGRADUATE),
        ("博士", Education.POSTGRADUATE),
        ("研究生", Education.POSTGRADUATE),
        ("本科", Education.BACHELOR),
        ("大学本科", Education.BACHELOR),
        ("大专", Education.JUNIOR_COLLEGE),
        ("专科", Education.JUNIOR_COLLEGE),
        ("中专", Education.SECONDARY_VOCATIONAL),
        ("技校", Education.SECONDARY_VOCATIONAL),
        ("职高", Education.SECONDARY_VOCATIONAL),
        ("高中", Education.HIGH_SCHOOL),
        ("初中", Education.JUNIOR_HIGH),
        ("小学", Education.PRIMARY),
        ("其他", Education.OTHER),
        ("60", Education.HIGH_SCHOOL),
    ],
)
def test_education_from_label(text: str, expected: Education) -> None:
    assert Education.from_label(text) is expected


def test_education_codes() -> None:
    assert [e.value for e in Education] == ["10", "20", "30", "40", "60", "70", "80", "90"]


def test_priority_groups() -> None:
    assert len(PriorityGroup) == 9
    assert PriorityGroup.TRUCK_DRIVER.value == "truck_driver"
    assert f"{PriorityGroup.TRUCK_DRIVER}" == "truck_driver"
    assert PriorityGroup.FOOD_DELIVERY_RIDER.label == "网约送餐员"
    assert PriorityGroup.from_label("外卖骑手") is PriorityGroup.FOOD_DELIVERY_RIDER
    assert PriorityGroup.from_label("ride_hailing_driver") is PriorityGroup.RIDE_HAILING_DRIVER
    assert PriorityGroup.from_label("RIDE_HAILING_DRIVER") is PriorityGroup.RIDE_HAILING_DRIVER


def test_small_lists() -> None:
    assert MemberStatus.RETIRED.label == "保留会籍(退休)"
    assert MemberStatus.from_label("退休") is MemberStatus.RETIRED
    assert UnionKind.SECTOR.label == "行业工会联合会"
    assert ModelWorkerLevel.from_label("全国劳模") is ModelWorkerLevel.NATIONAL
    assert HouseholdKind.UNIFIED.label == "居民户口"
    assert ConsentMethod("electronic") is ConsentMethod.ELECTRONIC
    assert [len(x) for x in (MemberStatus, UnionKind, ModelWorkerLevel, HouseholdKind)] == [
        5,
        4,
        4,
        3,
    ]
    assert len(ConsentMethod) == 3


@pytest.mark.parametrize("enum_cls", ALL_LISTS)
def test_every_member_round_trips(enum_cls: type[LabeledEnum]) -> None:
    seen: set[str] = set()
    for member in enum_cls:
        assert enum_cls.from_label(member.label) is member
        assert enum_cls.from_label(member.value) is member
        assert enum_cls(member.value) is member
        assert isinstance(member.value, str)
        assert member.label
        seen.add(member.label)
    assert len(seen) == len(enum_cls)
    assert enum_cls.choices() == [(m.value, m.label) for m in enum_cls]


@pytest.mark.parametrize("enum_cls", ALL_LISTS)
def test_aliases_are_unambiguous(enum_cls: type[LabeledEnum]) -> None:
    owners: dict[str, LabeledEnum] = {}
    for member in enum_cls:
        for word in (member.value, member.label, *member._aliases):
            key = word.casefold()
            assert owners.setdefault(key, member) is member, (word, member)

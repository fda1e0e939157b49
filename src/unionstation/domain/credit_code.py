"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

Grassroots unions that are legal persons carry one on their certificate; it identifies the
union across stations and in the county's consolidated register.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from unionstation.domain.text import strip_all_spaces

__all__ = [
    "CHARSET",
    "InvalidCreditCode",
    "credit_code_check_char",
    "parse_credit_code",
    "parse_union_credit_code",
]

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 code characters; I, O, Z, S and V are left out because they look like digits."""

_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUES = {char: index for index, char in enumerate(CHARSET)}
_EXCLUDED = frozenset("IOZSV")

# Registration authority (first char) -> allowed organisation kinds (second char).
_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "1": "1239",  # 机构编制: 机关, 事业单位, 群众团体, 其他
        "2": "19",  # 外交
        "3": "123459",  # 司法行政: 律师事务所, 公证处, 法律服务所, 司法鉴定, 仲裁委 ...
        "4": "19",  # 文化
        "5": "1239",  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
        "6": "129",  # 旅游
        "7": "129",  # 宗教
        "8": "19",  # 工会: 基层工会, 其他
        "9": "123",  # 市场监管: 企业, 个体工商户, 农民专业合作社
        "A": "19",  # 中央军委改革和编制办公室
        "N": "1239",  # 农业农村: 组级, 村级, 乡镇级集体经济组织, 其他
        "Y": "1",  # 其他
    }
)


class InvalidCreditCode(ValueError):  # noqa: N818 - name is the agreed API
    """A credit code that cannot be right, with a Chinese message saying why."""


def credit_code_check_char(first17: str) -> str:
    """The 18th character for the given first 17 code characters (weighted sum mod 31)."""
    if len(first17) != 17 or any(char not in _VALUES for char in first17):
        raise ValueError(f"need 17 characters of {CHARSET}, got {first17!r}")
    total = sum(_VALUES[char] * weight for char, weight in zip(first17, _WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


_ISSUERS: Mapping[str, str] = MappingProxyType(
    {"1": "机构编制部门", "2": "外交部门", "3": "司法行政部门", "4": "文化部门", "5": "民政部门",
     "6": "旅游部门", "7": "宗教事务部门", "9": "市场监管部门", "A": "军队编制部门",
     "N": "农业农村部门", "Y": "其他登记部门"})
_UNION_ISSUER = "8"


def parse_credit_code(text: str) -> str:
    """Return the canonical (upper-case, half-width, no spaces or hyphens) code or raise.

    Hyphens and spaces pasted from a certificate or a web page are dropped, as stdnum does.
    """
    code = strip_all_spaces(text).upper().replace("-", "").replace("－", "")
    if not code:
        raise InvalidCreditCode("统一社会信用代码不能为空")
    for char in code:
        if char in _EXCLUDED:
            raise InvalidCreditCode(
                f"统一社会信用代码含有非法字符“{char}”(代码中不使用字母I、O、Z、S、V)"
            )
        if char not in _VALUES:
            raise InvalidCreditCode(f"统一社会信用代码含有非法字符“{char}”")
    if len(code) != 18:
        raise InvalidCreditCode(f"统一社会信用代码应为18位,现为{len(code)}位")
    kinds = _KINDS.get(code[0])
    if kinds is None:
        raise InvalidCreditCode(f"统一社会信用代码的登记管理部门代码“{code[0]}”不存在")
    if code[1] not in kinds:
        raise InvalidCreditCode(
            f"统一社会信用代码的机构类别代码“{code[1]}”不适用于登记管理部门“{code[0]}”"
        )
    if not code[2:8].isdigit():
        raise InvalidCreditCode(f"统一社会信用代码第3至8位应为行政区划代码(数字),实为“{code[2:8]}”")
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        raise InvalidCreditCode(f"统一社会信用代码校验位应为{expected},实为{code[17]}")
    return code


def parse_union_credit_code(text: str) -> str:
    """A grassroots union's own code: valid, and issued by a union registration authority (8).

    The commonest slip is typing the employer's code (91…) for its union's; say so.
    """
    code = parse_credit_code(text)
    if code[0] != _UNION_ISSUER:
        issuer = _ISSUERS.get(code[0], "其他部门")
        whose = "企业" if code[0] == "9" else "单位"
        raise InvalidCreditCode(
            f"“{code}”是{issuer}登记的{whose}统一社会信用代码,不是其工会的;"
            "工会的统一社会信用代码由工会登记,以8开头")
    return code

"""National code lists used on registration forms and in the county's statistics.

Stored values are the national standard codes where one exists (GB/T 2261.1, GB 3304,
GB/T 4762, GB/T 4658) so exported ledgers match what higher unions' systems expect; lists
without a standard use readable English code names.
"""

from __future__ import annotations

from unionstation.domain._labeled import LabeledEnum

__all__ = [
    "ConsentMethod",
    "Education",
    "Ethnicity",
    "Gender",
    "HouseholdKind",
    "LabeledEnum",
    "MemberStatus",
    "ModelWorkerLevel",
    "PoliticalStatus",
    "PriorityGroup",
    "UnionKind",
]


class Gender(LabeledEnum):
    """GB/T 2261.1 sex codes (the ID number's 17th digit gives the same two values)."""

    MALE = "1", "男", "男性", "m", "male"
    FEMALE = "2", "女", "女性", "f", "female"


class Ethnicity(LabeledEnum):
    """GB 3304 codes; the short form without 族 ("汉", "维吾尔") is accepted too."""

    HAN = "01", "汉族", "汉"
    MONGOL = "02", "蒙古族", "蒙古", "蒙族"
    HUI = "03", "回族", "回"
    TIBETAN = "04", "藏族", "藏"
    UYGHUR = "05", "维吾尔族", "维吾尔", "维族"
    MIAO = "06", "苗族", "苗"
    YI = "07", "彝族", "彝"
    ZHUANG = "08", "壮族", "壮"
    BUYEI = "09", "布依族", "布依"
    KOREAN = "10", "朝鲜族", "朝鲜"
    MANCHU = "11", "满族", "满"
    DONG = "12", "侗族", "侗"
    YAO = "13", "瑶族", "瑶"
    BAI = "14", "白族", "白"
    TUJIA = "15", "土家族", "土家"
    HANI = "16", "哈尼族", "哈尼"
    KAZAKH = "17", "哈萨克族", "哈萨克"
    DAI = "18", "傣族", "傣"
    LI = "19", "黎族", "黎"
    LISU = "20", "傈僳族", "傈僳"
    VA = "21", "佤族", "佤"
    SHE = "22", "畲族", "畲"
    GAOSHAN = "23", "高山族", "高山"
    LAHU = "24", "拉祜族", "拉祜"
    SUI = "25", "水族", "水"
    DONGXIANG = "26", "东乡族", "东乡"
    NAXI = "27", "纳西族", "纳西"
    JINGPO = "28", "景颇族", "景颇"
    KYRGYZ = "29", "柯尔克孜族", "柯尔克孜"
    TU = "30", "土族", "土"
    DAUR = "31", "达斡尔族", "达斡尔"
    MULAM = "32", "仫佬族", "仫佬"
    QIANG = "33", "羌族", "羌"
    BLANG = "34", "布朗族", "布朗"
    SALAR = "35", "撒拉族", "撒拉"
    MAONAN = "36", "毛南族", "毛南"
    GELAO = "37", "仡佬族", "仡佬"
    XIBE = "38", "锡伯族", "锡伯"
    ACHANG = "39", "阿昌族", "阿昌"
    PUMI = "40", "普米族", "普米"
    TAJIK = "41", "塔吉克族", "塔吉克"
    NU = "42", "怒族", "怒"
    UZBEK = "43", "乌孜别克族", "乌孜别克"
    RUSSIAN = "44", "俄罗斯族", "俄罗斯"
    EVENKI = "45", "鄂温克族", "鄂温克"
    DEANG = "46", "德昂族", "德昂"
    BONAN = "47", "保安族", "保安"
    YUGUR = "48", "裕固族", "裕固"
    GIN = "49", "京族", "京"
    TATAR = "50", "塔塔尔族", "塔塔尔"
    DERUNG = "51", "独龙族", "独龙"
    OROQEN = "52", "鄂伦春族", "鄂伦春"
    HEZHEN = "53", "赫哲族", "赫哲"
    MONBA = "54", "门巴族", "门巴"
    LHOBA = "55", "珞巴族", "珞巴"
    JINO = "56", "基诺族", "基诺"
    OTHER = "97", "其他", "其它", "其他民族"
    FOREIGN_ORIGIN = "98", "外国血统中国籍人士", "外国血统"


class PoliticalStatus(LabeledEnum):
    """GB/T 4762 political affiliation."""

    CPC_MEMBER = "01", "中共党员", "党员", "中国共产党党员", "共产党员"
    CPC_PROBATIONARY = "02", "中共预备党员", "预备党员", "中国共产党预备党员"
    CYL_MEMBER = "03", "共青团员", "团员", "中国共产主义青年团团员"
    RCCK_MEMBER = "04", "民革党员", "民革", "民革会员"
    CDL_MEMBER = "05", "民盟盟员", "民盟"
    CNDCA_MEMBER = "06", "民建会员", "民建"
    CAPD_MEMBER = "07", "民进会员", "民进"
    CPWDP_MEMBER = "08", "农工党党员", "农工党"
    CZGP_MEMBER = "09", "致公党党员", "致公党"
    JIUSAN_MEMBER = "10", "九三学社社员", "九三学社"
    TDSGL_MEMBER = "11", "台盟盟员", "台盟"
    INDEPENDENT = "12", "无党派人士", "无党派", "无党派民主人士"
    MASSES = "13", "群众", "普通群众"


class Education(LabeledEnum):
    """GB/T 4658 top-level education categories, with the words people actually write."""

    POSTGRADUATE = "10", "研究生", "硕士", "博士", "硕士研究生", "博士研究生", "研究生及以上"
    BACHELOR = "20", "大学本科", "本科"
    JUNIOR_COLLEGE = "30", "大学专科", "大专", "专科", "高职"
    SECONDARY_VOCATIONAL = "40", "中等职业教育", "中专", "中技", "技校", "职高", "中等专科"
    HIGH_SCHOOL = "60", "普通高级中学", "高中", "普高"
    JUNIOR_HIGH = "70", "初级中学", "初中"
    PRIMARY = "80", "小学"
    OTHER = "90", "其他", "其它", "文盲", "半文盲"


class PriorityGroup(LabeledEnum):
    """The 八大群体 of new-employment-form workers plus ride-hailing drivers.

    There is deliberately no "none" member: the member's field is nullable instead.
    """

    TRUCK_DRIVER = "truck_driver", "货车司机", "卡车司机"
    COURIER = "courier", "快递员", "快递小哥"
    CARE_WORKER = "care_worker", "护工护理员", "护工", "护理员"
    DOMESTIC_WORKER = "domestic_worker", "家政服务员", "家政", "家政员"
    MALL_PROMOTER = "mall_promoter", "商场信息员", "信息员"
    FOOD_DELIVERY_RIDER = "food_delivery_rider", "网约送餐员", "外卖员", "外卖骑手", "送餐员"
    ESTATE_AGENT = "estate_agent", "房产中介员", "房产中介", "中介员"
    SECURITY_GUARD = "security_guard", "保安员", "保安"
    RIDE_HAILING_DRIVER = "ride_hailing_driver", "网约车司机", "网约车"


class MemberStatus(LabeledEnum):
    """Where a member's relation stands; only ACTIVE members count in the statistics."""

    ACTIVE = "active", "在册", "正常"
    TRANSFERRED_OUT = "transferred_out", "已转出", "转出"
    LAPSED = "lapsed", "已退会", "退会"
    RETIRED = "retired", "保留会籍(退休)", "退休", "保留会籍"
    DECEASED = "deceased", "已故", "去世", "死亡"


class UnionKind(LabeledEnum):
    """Kinds of grassroots union a member can belong to."""

    ENTERPRISE = "enterprise", "企业工会"
    SECTOR = "sector", "行业工会联合会", "行业工会"
    AREA = "area", "区域工会联合会", "区域工会"
    INSTITUTION = "institution", "机关事业单位工会", "机关工会", "事业单位工会"


class ModelWorkerLevel(LabeledEnum):
    """Level of a model-worker title; the level decides which benefits apply."""

    NATIONAL = "national", "全国劳动模范", "全国劳模", "全国"
    PROVINCIAL = "provincial", "省部级劳动模范", "省部级劳模", "省级劳模", "省部级", "省级"
    MUNICIPAL = "municipal", "市级劳动模范", "市级劳模", "市级"
    COUNTY = "county", "县级劳动模范", "县级劳模", "县级"


class HouseholdKind(LabeledEnum):
    """Hukou kind; UNIFIED is the post-2014 居民户口 that replaced the old split."""

    AGRICULTURAL = "agricultural", "农业户口", "农业", "农村户口"
    NON_AGRICULTURAL = "non_agricultural", "非农业户口", "非农业", "城镇户口"
    UNIFIED = "unified", "居民户口", "居民"


class ConsentMethod(LabeledEnum):
    """How a worker's consent to join was recorded (real-name registration needs one)."""

    SIGNED_APPLICATION = "signed_application", "签署入会申请书", "入会申请书"
    SIGNED_FORM = "signed_form", "签署登记表", "登记表"
    ELECTRONIC = "electronic", "电子确认", "电子"

"""The columns of each Excel kind: Chinese header, accepted variants, value kind, help text.

Headers and choice words are the file format county offices use (always Chinese, so a file
round-trips whatever the interface language); help texts are English sources translated for
the instruction row and the explanation sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import squeeze

LISTS_SHEET = "lists"  # the hidden sheet of our templates holding the drop-down lists

CONTEXT = "Excel"

# value kinds
TEXT, ID, PHONE, DATE, MONEY, YESNO, CHOICE, PLACE, INT, USCC, RECORD_NO = (
    "text", "id", "phone", "date", "money", "yesno", "choice", "place", "int", "uscc", "record",
)
TEXT_FORMATTED = (ID, PHONE, USCC)  # columns formatted as text ('@') in templates and exports

KINDS = ("trainees", "placements", "pairings", "cadres", "funds", "places", "targets")
REFERENCE_KINDS = ("places", "targets")  # data the office keeps, imported through its services


@dataclass(frozen=True)
class Col:
    """One column of a kind: key, canonical header, what it holds and how it is explained."""

    key: str
    header: str
    kind: str = TEXT
    required: bool = False
    variants: tuple[str, ...] = ()
    choices: str = ""  # a table of CHOICE_WORDS
    side: str = ""  # for places: lishui | sichuan
    help: str = ""
    width: int = 12


# The Chinese word written for each code (templates, exports); imports also accept every alias
# of domain.choices and the labels, so this is what is written, not all that is read.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "gender": {"M": "男", "F": "女"},
    "training_category": {
        "wealth_leader": "农村致富带头人",
        "village_cadre": "贫困村干部",
        "coop_cadre": "东西部扶贫协作干部",
        "talent": "专业技术人才",
        "other": "其他",
    },
    "channel": {
        "job_fair": "招聘会",
        "referral": "推荐",
        "vocational": "中职学校",
        "organised": "有组织转移",
        "other": "其他",
    },
    "pairing_level": {
        "county": "县县结对",
        "town": "镇乡结对",
        "village": "村村结对",
        "school": "学校结对",
        "hospital": "医院结对",
        "enterprise": "万企帮万村",
        "other": "其他",
    },
    "pairing_status": {"active": "进行中", "ended": "已结束"},
    "cadre_level": {
        "leader": "工作组组长",
        "division": "处级干部",
        "section": "科级干部",
        "talent_long": "专业技术人才（长期）",
        "talent_short": "专业技术人才（短期）",
    },
}
# extra words accepted on import, beyond domain.choices.ALIASES
EXTRA_WORDS: dict[str, dict[str, str]] = {
    "pairing_status": {"有效": "active", "在续": "active", "正常": "active", "结束": "ended", "终止": "ended"},
    "pairing_level": {"县县结对": "county", "镇乡结对": "town", "镇镇结对": "town", "村村结对": "village",
                      "学校结对": "school", "医院结对": "hospital", "校校结对": "school", "院院结对": "hospital"},
    "channel": {"中职学校": "vocational", "有组织转移": "organised"},
}

_NAME = Col("name", "姓名", required=True, variants=("名字", "学员姓名", "人员姓名", "职工姓名"),
            help=QT_TRANSLATE_NOOP("Excel", "Full name."), width=10)
_GENDER = Col("gender", "性别", CHOICE, choices="gender", width=6,
              help=QT_TRANSLATE_NOOP("Excel", "男 or 女; with a resident ID it must agree with the ID."))
_ID = Col("id_number", "身份证号", ID,
          variants=("身份证号码", "公民身份号码", "公民身份证号码", "身份证", "身份证件号码", "证件号码", "身份证号码18位"),
          help=QT_TRANSLATE_NOOP("Excel", "18 characters; type it in a cell formatted as text, never as a number."), width=22)
_PHONE = Col("phone", "联系电话", PHONE, variants=("电话", "手机号", "手机号码", "手机", "联系方式", "电话号码"),
             help=QT_TRANSLATE_NOOP("Excel", "An 11-digit mobile number or a landline with area code."), width=14)
_TOWN = Col("town", "乡镇", variants=("乡(镇)", "镇乡", "乡镇街道", "所在乡镇"), help=QT_TRANSLATE_NOOP("Excel", "Town."))
_VILLAGE = Col("village", "村", variants=("村(社区)", "村社区", "行政村", "所在村"), help=QT_TRANSLATE_NOOP("Excel", "Village."))
_POOR = Col("poor_household", "是否建档立卡贫困户", YESNO, width=10,
            variants=("建档立卡贫困户", "是否贫困户", "贫困户", "是否建档立卡", "建档立卡"),
            help=QT_TRANSLATE_NOOP("Excel", "是 or 否 (also √, Y, N)."))
_START = Col("start_date", "开始日期", DATE, required=True, width=12,
             variants=("开始时间", "起始日期", "开班日期", "培训开始日期", "就业时间", "就业日期", "入职日期", "挂职开始日期", "到岗日期", "结对日期", "结对时间"),
             help=QT_TRANSLATE_NOOP("Excel", "A date such as 2019-03-01 (2019/3/1, 2019.3.1 and 2019年3月1日 are read too)."))
_END = Col("end_date", "结束日期", DATE, width=12,
           variants=("结束时间", "结业日期", "培训结束日期", "离职日期", "挂职结束日期"),
           help=QT_TRANSLATE_NOOP("Excel", "A date on or after the start date; leave empty if still going on."))
_NOTES = Col("notes", "备注", variants=("说明",), help=QT_TRANSLATE_NOOP("Excel", "Anything else worth keeping."), width=20)

_PERSON = (_NAME, _GENDER, _ID, _PHONE)
# The record's id, written by exports so an edited export re-imports as an exact update;
# empty for new rows (templates leave the column out).
RECORD = Col("record_id", "记录编号", RECORD_NO, variants=("记录ID", "记录号"), width=38,
             help=QT_TRANSLATE_NOOP("Excel", "Filled in by exports: the record this row updates. Leave it empty for new rows; never copy it to another row."))

COLUMNS: dict[str, tuple[Col, ...]] = {
    "trainees": (
        Col("title", "培训班名称", required=True, width=22,
            variants=("培训班", "培训班次", "班级名称", "培训名称", "培训项目", "培训班名"),
            help=QT_TRANSLATE_NOOP("Excel", "Rows with the same session title and start date form one session.")),
        Col("category", "培训类别", CHOICE, required=True, choices="training_category", width=16,
            variants=("培训类型", "班次类别"), help=QT_TRANSLATE_NOOP("Excel", "Choose from the list.")),
        Col("organiser", "主办单位", PLACE, required=True, side="lishui", width=10,
            variants=("主办县", "举办单位", "组织单位", "承办单位"),
            help=QT_TRANSLATE_NOOP("Excel", "The Lishui county or 市本级 that organised the session.")),
        Col("partner_county", "受援县", PLACE, side="sichuan", variants=("四川县", "对口县"),
            help=QT_TRANSLATE_NOOP("Excel", "Optional: the Sichuan county the session was for.")),
        _START,
        _END,
        Col("place", "培训地点", variants=("地点", "培训地址", "举办地点"), help=QT_TRANSLATE_NOOP("Excel", "Where it took place.")),
        Col("hours", "学时", INT, variants=("培训学时", "课时"), width=6, help=QT_TRANSLATE_NOOP("Excel", "Optional: hours of training.")),
        *_PERSON,
        Col("county", "县", PLACE, side="sichuan", width=10,
            variants=("县(区)", "县区", "所在县", "户籍县", "县(市、区)", "县市区"),
            help=QT_TRANSLATE_NOOP("Excel", "The trainee's home county in Sichuan.")),
        _TOWN,
        _VILLAGE,
        Col("person_category", "人员类别", CHOICE, choices="training_category", width=16,
            variants=("学员类别", "类别", "人员类型"),
            help=QT_TRANSLATE_NOOP("Excel", "Optional: the trainee's own category when it differs from the session's.")),
        Col("role", "职务", variants=("身份", "现任职务"), help=QT_TRANSLATE_NOOP("Excel", "Optional: the trainee's post.")),
        _POOR,
        _NOTES,
    ),
    "placements": (
        *_PERSON,
        Col("county", "户籍县", PLACE, side="sichuan", width=10,
            variants=("县", "县(区)", "县区", "所在县", "户籍所在县", "县(市、区)"),
            help=QT_TRANSLATE_NOOP("Excel", "The worker's home county in Sichuan.")),
        _TOWN,
        _VILLAGE,
        _POOR,
        Col("employer", "用工单位", required=True, width=22,
            variants=("就业单位", "用人单位", "企业名称", "单位名称", "工作单位"), help=QT_TRANSLATE_NOOP("Excel", "The employer's name.")),
        Col("credit_code", "统一社会信用代码", USCC, width=22, variants=("信用代码", "社会信用代码", "企业信用代码"),
            help=QT_TRANSLATE_NOOP("Excel", "Optional: the employer's 18-character code.")),
        Col("work_place", "就业地", variants=("就业地点", "务工地点", "工作地点", "就业地区"),
            help=QT_TRANSLATE_NOOP("Excel", "City or county where the work is.")),
        Col("industry", "行业", variants=("所属行业",), help=QT_TRANSLATE_NOOP("Excel", "Optional: industry.")),
        Col("job", "岗位", variants=("工种", "职位", "就业岗位"), help=QT_TRANSLATE_NOOP("Excel", "The job.")),
        _START,
        _END,
        Col("monthly_wage_fen", "月工资", MONEY, variants=("月收入", "工资", "月薪", "月工资(元)"),
            help=QT_TRANSLATE_NOOP("Excel", "Yuan per month, such as 3500.")),
        Col("contract", "是否签订劳动合同", YESNO, width=10, variants=("劳动合同", "签订合同", "是否签订合同"),
            help=QT_TRANSLATE_NOOP("Excel", "是 or 否.")),
        Col("channel", "组织方式", CHOICE, choices="channel", variants=("就业渠道", "转移方式", "渠道", "就业方式"),
            help=QT_TRANSLATE_NOOP("Excel", "Choose from the list.")),
        Col("responsible", "负责单位", PLACE, side="lishui", width=10,
            variants=("负责县", "帮扶县", "丽水县", "责任单位"),
            help=QT_TRANSLATE_NOOP("Excel", "Optional: the Lishui county or 市本级 responsible; by default the county paired with the home county.")),
        _NOTES,
    ),
    "pairings": (
        Col("level", "结对层级", CHOICE, required=True, choices="pairing_level", width=12,
            variants=("层级", "结对类型", "类型", "结对类别"), help=QT_TRANSLATE_NOOP("Excel", "Choose from the list.")),
        Col("lishui_unit", "丽水县(市、区)", PLACE, required=True, side="lishui", width=12,
            variants=("丽水县", "丽水县区", "丽水方所属县", "浙江县"), help=QT_TRANSLATE_NOOP("Excel", "The Lishui county or 市本级.")),
        Col("lishui_party", "丽水方", required=True, width=20, variants=("丽水方单位", "浙江方", "帮扶方"),
            help=QT_TRANSLATE_NOOP("Excel", "The Lishui town, village, school, hospital or enterprise.")),
        Col("sichuan_county", "四川县(区)", PLACE, required=True, side="sichuan", width=12,
            variants=("四川县", "受援县", "四川方所属县"), help=QT_TRANSLATE_NOOP("Excel", "The Sichuan county.")),
        Col("sichuan_party", "四川方", required=True, width=20, variants=("四川方单位", "受援方"),
            help=QT_TRANSLATE_NOOP("Excel", "The Sichuan town, village, school or hospital.")),
        _START,
        _END,
        Col("status", "状态", CHOICE, choices="pairing_status", width=8, variants=("结对状态",),
            help=QT_TRANSLATE_NOOP("Excel", "Choose from the list; empty means active.")),
        Col("agreement", "协议", width=20, variants=("协议名称", "结对协议"), help=QT_TRANSLATE_NOOP("Excel", "Optional: the agreement.")),
        _NOTES,
    ),
    "cadres": (
        _NAME,
        _GENDER,
        _PHONE,
        Col("level", "挂职类别", CHOICE, required=True, choices="cadre_level", width=18,
            variants=("类别", "级别", "干部类别", "人员类别"), help=QT_TRANSLATE_NOOP("Excel", "Choose from the list.")),
        Col("home_unit", "派出单位", width=20, variants=("原单位", "工作单位", "原工作单位"),
            help=QT_TRANSLATE_NOOP("Excel", "The cadre's unit in Lishui.")),
        Col("post", "挂职岗位", width=20, variants=("挂职职务", "职务", "岗位"), help=QT_TRANSLATE_NOOP("Excel", "The post held in Sichuan.")),
        Col("lishui_unit", "派出县", PLACE, side="lishui", width=10, variants=("丽水县", "丽水县(市、区)"),
            help=QT_TRANSLATE_NOOP("Excel", "The Lishui county or 市本级 that sent the cadre.")),
        Col("county", "挂职县", PLACE, required=True, side="sichuan", width=10,
            variants=("受援县", "四川县", "挂职地"), help=QT_TRANSLATE_NOOP("Excel", "The Sichuan county of the post.")),
        _START,
        _END,
        _NOTES,
    ),
    "funds": (
        Col("year", "年度", INT, required=True, width=8, variants=("年份", "年"), help=QT_TRANSLATE_NOOP("Excel", "The year, such as 2019.")),
        Col("county", "受援县", PLACE, required=True, side="sichuan", width=10, variants=("四川县", "县"),
            help=QT_TRANSLATE_NOOP("Excel", "The Sichuan county receiving the funds.")),
        Col("lishui_unit", "帮扶县", PLACE, side="lishui", width=10, variants=("丽水县", "丽水县(市、区)"),
            help=QT_TRANSLATE_NOOP("Excel", "The Lishui county or 市本级 paying.")),
        Col("allocated_fen", "安排资金", MONEY, width=16, variants=("安排资金(元)", "计划资金", "下达资金", "资金额度"),
            help=QT_TRANSLATE_NOOP("Excel", "Yuan, such as 30000000 or 3000万.")),
        Col("allocated_date", "下达日期", DATE, variants=("安排日期",), help=QT_TRANSLATE_NOOP("Excel", "A date such as 2019-03-01.")),
        Col("disbursed_fen", "到位资金", MONEY, width=16, variants=("拨付资金", "已拨付资金", "到位金额"),
            help=QT_TRANSLATE_NOOP("Excel", "Yuan, such as 30000000 or 3000万.")),
        Col("disbursed_date", "到位日期", DATE, variants=("拨付日期",), help=QT_TRANSLATE_NOOP("Excel", "A date such as 2019-03-31.")),
        _NOTES,
    ),
}

COLUMNS["places"] = (
    Col("name", "名称", required=True, variants=("地名", "单位名称", "名字"), width=16,
        help=QT_TRANSLATE_NOOP("Excel", "The place's name, such as 旺苍县 or 东河镇; a changed name is kept as a former name.")),
    Col("level", "层级", required=True, variants=("级别", "类型"), width=8,
        help=QT_TRANSLATE_NOOP("Excel", "市本级, 县, 镇, 村, 学校 or 医院.")),
    Col("side", "所属方", required=True, variants=("方", "丽水或四川"), width=8, help=QT_TRANSLATE_NOOP("Excel", "丽水 or 四川.")),
    Col("code", "行政区划代码", TEXT, variants=("区划代码", "代码", "GB/T 2260代码"), width=14,
        help=QT_TRANSLATE_NOOP("Excel", "Optional: the GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village).")),
    Col("parent", "上级", variants=("上级地方", "所属县", "所属"), width=12,
        help=QT_TRANSLATE_NOOP("Excel", "The place it belongs to: a town's county, a county's city (may be a row above).")),
    Col("full_name", "全称", width=24, help=QT_TRANSLATE_NOOP("Excel", "Optional: such as 四川省广元市旺苍县.")),
    Col("retired_on", "撤销日期", DATE, variants=("停用日期",),
        help=QT_TRANSLATE_NOOP("Excel", "Optional: from this day the place is no longer offered for new records.")),
    Col("merged_into", "并入", variants=("合并到", "并入地"), width=12,
        help=QT_TRANSLATE_NOOP("Excel", "Optional: the place this one joined; its records move there.")),
    Col("former", "曾用名", width=20, help=QT_TRANSLATE_NOOP("Excel", "Former names and codes (written by exports; not read).")),
)
COLUMNS["targets"] = (
    Col("key", "指标编号", required=True, variants=("指标ID",), width=26,
        help=QT_TRANSLATE_NOOP("Excel", "An area and a name, such as training.wealth_leaders or industry.consumer_sales.")),
    Col("measure", "指标名称", variants=("名称", "指标"), width=22, help=QT_TRANSLATE_NOOP("Excel", "The target's name (needed for a new target id).")),
    Col("scope", "范围", required=True, variants=("考核范围",), width=10, help=QT_TRANSLATE_NOOP("Excel", "各县, 市本级 or 全市.")),
    Col("year_from", "起始年度", INT, required=True, variants=("开始年度", "起始年"), width=8,
        help=QT_TRANSLATE_NOOP("Excel", "The first year, such as 2021.")),
    Col("year_to", "终止年度", INT, variants=("结束年度", "终止年"), width=8,
        help=QT_TRANSLATE_NOOP("Excel", "The last year (empty: the first year).")),
    Col("threshold", "目标值", INT, required=True, variants=("目标", "指标值"), width=10, help=QT_TRANSLATE_NOOP("Excel", "A whole number.")),
    Col("unit", "单位", variants=("计量单位",), width=6, help=QT_TRANSLATE_NOOP("Excel", "个, 人, 人次, 元, 万元, 次 or 家.")),
    Col("rule", "统计规则", variants=("规则", "计算规则"), width=40,
        help=QT_TRANSLATE_NOOP("Excel", "How it is counted, such as sum events.amount kind=sale (empty: as the target id counts).")),
    Col("wording", "文件表述", variants=("原文", "表述"), width=30, help=QT_TRANSLATE_NOOP("Excel", "Optional: the words of the document.")),
)

SHEET_TITLES = {
    "trainees": "培训花名册",
    "placements": "转移就业",
    "pairings": "结对关系",
    "cadres": "挂职干部",
    "funds": "帮扶资金",
    "places": "地名",
    "targets": "考核指标",
}


class ExcelError(UserError):
    """A workbook the program cannot use, with the reason."""

    context = CONTEXT


def columns_for(kind: str) -> tuple[Col, ...]:
    """The columns of a kind as exports write and imports read them (记录编号 last)."""
    try:
        return (*COLUMNS[kind], RECORD)
    except KeyError:
        raise ExcelError(
            QT_TRANSLATE_NOOP("Excel", "Unknown kind %1; use one of: %2"), kind, ", ".join(KINDS)
        ) from None


_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def header_key(text: object) -> str:
    """A header as compared: no spaces, no *, no notes in brackets such as （必填）or (元)."""
    value = squeeze(text).replace("*", "").replace("＊", "")
    stripped = _BRACKETS.sub("", value)
    return stripped or value


def header_index(kind: str) -> dict[str, str]:
    """Every accepted header (compared form) to its column key."""
    index: dict[str, str] = {}
    for col in columns_for(kind):
        for name in (col.header, *col.variants):
            index.setdefault(header_key(name), col.key)
            index.setdefault(squeeze(name), col.key)
    return index

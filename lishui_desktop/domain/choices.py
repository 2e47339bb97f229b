"""Choice lists stored as stable codes; labels are English sources translated for display.

Chinese aliases let imports and the CLI accept the words people actually type.
"""

from __future__ import annotations

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.domain.text import clean

CTX = "Choices"

GENDERS = {"M": QT_TRANSLATE_NOOP("Choices", "Male"), "F": QT_TRANSLATE_NOOP("Choices", "Female")}

ROLES = {
    "field": QT_TRANSLATE_NOOP("Choices", "Field cadre"),
    "lead": QT_TRANSLATE_NOOP("Choices", "Working-group lead"),
    "office": QT_TRANSLATE_NOOP("Choices", "Office"),
}

PAIRING_LEVELS = {
    "county": QT_TRANSLATE_NOOP("Choices", "County-county"),
    "town": QT_TRANSLATE_NOOP("Choices", "Town-town"),
    "village": QT_TRANSLATE_NOOP("Choices", "Village-village"),
    "school": QT_TRANSLATE_NOOP("Choices", "School-school"),
    "hospital": QT_TRANSLATE_NOOP("Choices", "Hospital-hospital"),
    "enterprise": QT_TRANSLATE_NOOP("Choices", "Enterprise-village"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

PAIRING_STATUS = {
    "active": QT_TRANSLATE_NOOP("Choices", "Active"),
    "ended": QT_TRANSLATE_NOOP("Choices", "Ended"),
}

ACTIVITY_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Choices", "Exchange visit"),
    "remote_teaching": QT_TRANSLATE_NOOP("Choices", "Remote teaching"),
    "remote_medical": QT_TRANSLATE_NOOP("Choices", "Remote medical session"),
    "donation": QT_TRANSLATE_NOOP("Choices", "Donation"),
    "meeting": QT_TRANSLATE_NOOP("Choices", "Meeting"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

TRAINING_CATEGORIES = {
    "wealth_leader": QT_TRANSLATE_NOOP("Choices", "Rural wealth leader"),
    "village_cadre": QT_TRANSLATE_NOOP("Choices", "Poor-village cadre"),
    "coop_cadre": QT_TRANSLATE_NOOP("Choices", "Cooperation cadre"),
    "talent": QT_TRANSLATE_NOOP("Choices", "Professional talent"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

PLACEMENT_CHANNELS = {
    "job_fair": QT_TRANSLATE_NOOP("Choices", "Job fair"),
    "referral": QT_TRANSLATE_NOOP("Choices", "Referral"),
    "vocational": QT_TRANSLATE_NOOP("Choices", "Vocational school"),
    "organised": QT_TRANSLATE_NOOP("Choices", "Organised transfer"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

CADRE_LEVELS = {
    "leader": QT_TRANSLATE_NOOP("Choices", "Working-group leader"),
    "division": QT_TRANSLATE_NOOP("Choices", "Division-level cadre"),
    "section": QT_TRANSLATE_NOOP("Choices", "Section-level cadre"),
    "talent_long": QT_TRANSLATE_NOOP("Choices", "Professional talent, long-term"),
    "talent_short": QT_TRANSLATE_NOOP("Choices", "Professional talent, short-term"),
}

EVENT_KINDS = {
    "leader_visit": QT_TRANSLATE_NOOP("Choices", "Leaders' visit"),
    "joint_meeting": QT_TRANSLATE_NOOP("Choices", "Joint meeting"),
    "hearing": QT_TRANSLATE_NOOP("Choices", "Party committee hearing"),
    "enterprise_visit": QT_TRANSLATE_NOOP("Choices", "Enterprise visit"),
    "donation": QT_TRANSLATE_NOOP("Choices", "Donation"),
    "sale": QT_TRANSLATE_NOOP("Choices", "Product sales"),
    "inspection": QT_TRANSLATE_NOOP("Choices", "Inspection"),
    "media": QT_TRANSLATE_NOOP("Choices", "Media report"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

# The synced tables (bundle import previews, review lists), named as a clerk says them.
TABLES = {
    "places": QT_TRANSLATE_NOOP("SyncTables", "Places"),
    "devices": QT_TRANSLATE_NOOP("SyncTables", "Devices"),
    "targets": QT_TRANSLATE_NOOP("SyncTables", "Targets"),
    "persons": QT_TRANSLATE_NOOP("SyncTables", "People"),
    "pairings": QT_TRANSLATE_NOOP("SyncTables", "Pairings"),
    "pairing_activities": QT_TRANSLATE_NOOP("SyncTables", "Pairing activities"),
    "training_sessions": QT_TRANSLATE_NOOP("SyncTables", "Training sessions"),
    "enrolments": QT_TRANSLATE_NOOP("SyncTables", "Trainees"),
    "placements": QT_TRANSLATE_NOOP("SyncTables", "Labor placements"),
    "placement_followups": QT_TRANSLATE_NOOP("SyncTables", "Placement follow-ups"),
    "secondments": QT_TRANSLATE_NOOP("SyncTables", "Cadre secondments"),
    "funds": QT_TRANSLATE_NOOP("SyncTables", "Funds"),
    "fund_projects": QT_TRANSLATE_NOOP("SyncTables", "Funded projects"),
    "events": QT_TRANSLATE_NOOP("SyncTables", "Events"),
    "merged_records": QT_TRANSLATE_NOOP("SyncTables", "Records merged into one"),
}


def table_label(table: str) -> str:
    """A synced table's name in the interface language (the name itself when unknown)."""
    source = TABLES.get(table)
    return translate("SyncTables", source) if source else table


# Words people type for each code (Excel imports, CLI); matched after clean().
ALIASES: dict[str, dict[str, str]] = {
    "gender": {"男": "M", "女": "F", "M": "M", "F": "F", "MALE": "M", "FEMALE": "F"},
    "training_category": {
        "农村致富带头人": "wealth_leader",
        "致富带头人": "wealth_leader",
        "贫困村干部": "village_cadre",
        "村干部": "village_cadre",
        "东西部扶贫协作干部": "coop_cadre",
        "扶贫协作干部": "coop_cadre",
        "专业技术人才": "talent",
        "其他": "other",
        "其它": "other",
    },
    "cadre_level": {
        "工作组组长": "leader",
        "组长": "leader",
        "处级": "division",
        "处级干部": "division",
        "科级": "section",
        "科级干部": "section",
        "长期专业技术人才": "talent_long",
        "专业技术人才（长期）": "talent_long",
        "短期专业技术人才": "talent_short",
        "专业技术人才（短期）": "talent_short",
    },
    "pairing_level": {
        "县县": "county", "县县结对": "county", "镇镇": "town", "镇乡": "town", "乡镇": "town",
        "村村": "village", "学校": "school", "医院": "hospital", "企业": "enterprise",
        "万企帮万村": "enterprise", "其他": "other",
    },
    "channel": {
        "招聘会": "job_fair", "劳务招聘会": "job_fair", "推荐": "referral", "亲友介绍": "referral",
        "中职": "vocational", "中职学校": "vocational", "有组织转移": "organised", "组织输出": "organised",
        "其他": "other",
    },
    "event_kind": {
        "领导互访": "leader_visit", "调研对接": "leader_visit", "联席会议": "joint_meeting",
        "常委会听取汇报": "hearing", "党委常委会": "hearing", "企业考察": "enterprise_visit",
        "企业考察对接": "enterprise_visit", "捐赠": "donation", "捐资助学": "donation",
        "消费扶贫": "sale", "产品销售": "sale", "督查检查": "inspection", "检查": "inspection",
        "媒体报道": "media", "其他": "other",
    },
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code ('' for None, the code itself when unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return translate("Choices", source) if source else code


def code_for(table: dict[str, str], kind: str, typed: object) -> str | None:
    """The code for what a user typed: a code, an alias, or a label in either language."""
    text = clean(typed)
    if not text:
        return None
    if text in table:
        return text
    alias = ALIASES.get(kind, {}).get(text.upper() if text.isascii() else text)
    if alias:
        return alias
    for code, source in table.items():
        if text in (source, translate("Choices", source)):
            return code
    return None

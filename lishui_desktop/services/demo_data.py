"""Word lists for the synthetic demo data: names, towns, villages, employers, projects.

Plausible, not real: town names are real places of the counties, people and firms are invented.
"""

from __future__ import annotations

import random

from stdnum.cn import ric, uscc

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢"
    "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟"
    "龙万段钱汤尹黎易常武乔贺赖龚文岳向苟蒲母何"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林洋峰建国志成东兵海"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英兰萍燕红梅琴云莲洁琳雪婷倩颖慧婉秋月凤翠珍菊"
# Characters that test fonts and input methods (CJK, one Extension A).
RARE = "堃珺昇䶮喆赟燚犇淼玥"

LISHUI_TOWNS = {
    "331102": ("碧湖镇", "大港头镇", "老竹畲族镇", "雅溪镇"),
    "331181": ("八都镇", "上垟镇", "小梅镇", "查田镇"),
    "331121": ("温溪镇", "船寮镇", "海口镇", "高湖镇"),
    "331122": ("壶镇镇", "新建镇", "舒洪镇", "东渡镇"),
    "331123": ("大柘镇", "石练镇", "王村口镇", "湖山乡"),
    "331124": ("古市镇", "象溪镇", "大东坝镇", "玉岩镇"),
}
SICHUAN_TOWNS = {
    "510823": ("普安镇", "下寺镇", "白龙镇", "元山镇", "开封镇", "武连镇"),
    "510811": ("元坝镇", "昭化镇", "王家镇", "红岩镇", "柏林沟镇", "卫子镇"),
    "511923": ("江口镇", "响滩镇", "白衣镇", "岳家镇", "驷马镇", "云台镇"),
    "511922": ("南江镇", "长赤镇", "正直镇", "大河镇", "下两镇", "赤溪镇"),
    "511921": ("诺江镇", "民胜镇", "铁佛镇", "沙溪镇", "至诚镇", "广纳镇"),
    "511902": ("曾口镇", "清江镇", "水宁寺镇", "化成镇", "梁永镇", "大和乡"),
}
VILLAGES = (
    "红光村 新农村 石桥村 柏杨村 青龙村 白鹤村 龙泉村 金星村 双河村 庙坝村 天池村 观音村 马鞍村 "
    "长岭村 桂花村 黄桷村 凉水村 梨园村 松林村 花园村 光明村 团结村 五星村 向阳村 玉泉村 鹿鸣村"
).split()

INDUSTRIES = ("制造业", "服装纺织", "食品加工", "建筑业", "住宿餐饮", "物流运输", "电子商务", "竹木加工")
JOBS = ("普工", "缝纫工", "包装工", "操作工", "厨师", "服务员", "保洁员", "仓管员", "电工", "质检员", "司机")
FIRM_WORDS = ("瓯江", "华东", "绿谷", "宏达", "恒信", "丽景", "山海", "青瓷", "宝剑", "石门", "仙都", "云和", "百山", "古堰")
FIRM_KINDS = ("制衣有限公司", "食品有限公司", "竹木制品有限公司", "电子科技有限公司", "阀门有限公司",
              "建设工程有限公司", "物流有限公司", "酒店管理有限公司", "农业开发有限公司", "汽车配件有限公司")

PROJECTS = ("{v}产业路硬化工程", "{t}茶叶种植基地建设", "{v}安全饮水工程", "{v}光伏扶贫电站",
            "{t}中药材种植示范基地", "{v}乡村旅游民宿改造", "{t}猕猴桃产业园", "{v}易地扶贫搬迁配套设施",
            "{t}扶贫车间建设", "{v}村级集体经济发展项目")
PRODUCTS = ("青花椒", "银耳", "腊肉", "核桃", "茶叶", "猕猴桃", "土豆", "蜂蜜", "木耳")


def person_name(rng: random.Random, gender: str) -> str:
    surname = rng.choice(DOUBLE_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
    pool = GIVEN_MALE if gender == "M" else GIVEN_FEMALE
    given = rng.choice(pool) if rng.random() < 0.3 else rng.choice(pool) + rng.choice(pool)
    if rng.random() < 0.02:
        given = given[:-1] + rng.choice(RARE)
    return surname + given


# The division code an ID carries is the one in force when the number was assigned, so older
# people of a county carry its earlier codes (python-stdnum checks this against the birth year).
# county code -> ((first year of the next code, code), ...)
REGION_HISTORY = {
    "511923": ((1993, "513028"), (2000, "513723"), (9999, "511923")),
    "511922": ((1993, "513026"), (2000, "513722"), (9999, "511922")),
    "511921": ((1993, "513025"), (2000, "513721"), (9999, "511921")),
    "511902": ((1993, "513027"), (2000, "513701"), (9999, "511902")),
    "510823": ((1985, "512826"), (9999, "510823")),
    "510811": ((1985, "512801"), (1989, "510802"), (9999, "510811")),
}


def region_codes(county_code: str) -> set[str]:
    return {code for _year, code in REGION_HISTORY.get(county_code, ((9999, county_code),))}


def region_for(county_code: str, birth_year: int) -> str:
    for until, code in REGION_HISTORY.get(county_code, ()):
        if birth_year < until:
            return code
    return county_code


def resident_id(rng: random.Random, county_code: str, gender: str, used: set[str]) -> str:
    """A resident ID that passes the GB 11643 check digit, unique within `used`."""
    while True:
        year = rng.randint(1962, 2002)
        birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        seq = rng.randrange(0, 999)
        if (seq % 2 == 1) != (gender == "M"):
            seq = seq + 1 if seq < 998 else seq - 1
        body = f"{region_for(county_code, year)}{birth}{seq:03d}"
        number = body + ric.calc_check_digit(body + "0")  # stdnum drops the last character
        if number not in used:
            used.add(number)
            return number


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(0, 99_999_999):08d}"


def credit_code(rng: random.Random, region: str) -> str:
    """A unified social credit code (GB 32100) of a company registered in `region`."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + region + "".join(rng.choice(alphabet) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def firm_names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "丽水" + rng.choice(FIRM_WORDS) + rng.choice(FIRM_KINDS)
        if name not in names:
            names.append(name)
        elif len(names) >= len(FIRM_WORDS) * len(FIRM_KINDS):
            break
    return names

"""The A4 forms: 入会申请书 (application) and 会员登记表 (registration sheet)."""

from __future__ import annotations

from unionstation.printing.draw import (
    BLANK_DATE,
    Job,
    Page,
    chinese_date,
    table_row,
)
from unionstation.services.print_data import PrintMember

LEFT = 22.0
WIDTH = 166.0


def application(page: Page, member: PrintMember, job: Job) -> None:
    page.label(105, 32, "中华全国总工会入会申请书", 20, align="centre", title=True)
    page.paragraph(LEFT, 44, WIDTH, 46, job.texts["pledge"], 13)
    page.label(112, 101, "申请人(签名):", 12)
    page.line(143, 102, LEFT + WIDTH, 102)
    page.label(LEFT + WIDTH - 2, 112, BLANK_DATE, 12, align="right")

    page.label(LEFT, 126, "申请人基本情况", 12, title=True)
    y, h = 129.0, 11.0
    half = [(28.0, "姓　　名", None), (55.0, member.name, "name"),
            (28.0, "性　　别", None), (55.0, member.gender, "gender")]
    rows: list[list[tuple[float, str, str | None]]] = [
        half,
        [(28.0, "出生日期", None), (55.0, chinese_date(member.birth_date), "birth_date"),
         (28.0, "民　　族", None), (55.0, member.ethnicity, "ethnicity")],
        [(28.0, "公民身份号码", None), (138.0, member.id_number, "id_number")],
        [(28.0, "工作单位", None), (138.0, member.employer, "employer")],
        [(28.0, "职务(工种)", None), (55.0, member.job, "job"),
         (28.0, "联系电话", None), (55.0, member.phone, "phone")],
        [(28.0, "申请加入", None), (138.0, member.union_name, "union")],
    ]
    for cells in rows:
        table_row(page, LEFT, y, h, cells)
        y += h

    top = y + 8
    page.rect(LEFT, top, WIDTH, 70)
    page.label(LEFT + 3, top + 8, "基层工会审批意见:", 12, title=True)
    page.label(LEFT + 3, top + 22, "会员证号:", 11)
    page.data("card_no", LEFT + 22, top + 16, 70, 9, member.card_no, 11)
    page.data("approver", LEFT + 60, top + 38, WIDTH - 90, 10, member.union_name, 11,
              align="right")
    page.label(LEFT + WIDTH - 4, top + 45, "(公章)", 11, align="right")
    page.label(LEFT + WIDTH - 4, top + 60, BLANK_DATE, 12, align="right")


def registration(page: Page, member: PrintMember, job: Job) -> None:
    x0, width = 15.0, 180.0
    page.label(150, 22, "会员证号码 NO.", 10.5, align="right")
    page.data("card_no", 150, 16.5, 45, 8, member.card_no, 11)
    page.line(151, 24.5, 195, 24.5, 0.4)
    page.label(105, 36, "工会会员登记表", 20, align="centre", title=True)

    y = 42.0
    top_h = 11.0
    yes_no = "是" if member.migrant_worker else "否"
    photo_rows: list[list[tuple[float, str, str | None]]] = [
        [(22, "姓　名", None), (50, member.name, "name"), (16, "性别", None),
         (12, member.gender, "gender"), (22, "出生日期", None),
         (28, chinese_date(member.birth_date), "birth_date")],
        [(22, "民　族", None), (28, member.ethnicity, "ethnicity"), (22, "籍　贯", None),
         (28, member.native_place, "native_place"), (22, "政治面貌", None),
         (28, member.political_status, "political_status")],
        [(22, "学　历", None), (28, member.education, "education"), (22, "职　称", None),
         (28, member.professional_title, "professional_title"), (22, "工　资", None),
         (28, "", "wage")],
        [(22, "公民身份号码", None), (78, member.id_number, "id_number"),
         (22, "联系电话", None), (28, member.phone, "phone")],
    ]
    for cells in photo_rows:
        table_row(page, x0, y, top_h, cells)
        y += top_h
    photo_x, photo_w = x0 + 150, 30.0
    page.rect(photo_x, 42, photo_w, top_h * 4)
    box_x, box_y = photo_x + (photo_w - 25) / 2, 42 + (top_h * 4 - 35) / 2
    if member.photo is None:
        page.rect(box_x, box_y, 25, 35, 0.3)
        page.caption(box_x, box_y, 25, 35, "一寸照片", 9)
    page.photo("photo", box_x, box_y, 25, 35, member.photo)

    h = 10.5
    rows: list[list[tuple[float, str, str | None]]] = [
        [(30, "工作单位", None), (150, member.employer, "employer")],
        [(30, "职务(工种)", None), (60, member.job, "job"),
         (30, "所属基层工会", None), (60, member.union_name, "union")],
        [(30, "户籍所在地", None), (60, member.household_place, "household_place"),
         (30, "户籍性质", None), (60, member.household_kind, "household_kind")],
        [(30, "人员类别", None), (60, member.priority_group, "priority_group"),
         (30, "是否农民工", None), (60, yes_no, "migrant_worker")],
        [(30, "劳模称号", None), (60, member.model_worker, "model_worker"),
         (30, "入会时间", None), (60, chinese_date(member.joined_on), "joined_on")],
        [(30, "通讯地址", None), (150, member.address, "address")],
    ]
    for cells in rows:
        table_row(page, x0, y, h, cells)
        y += h
    for text, tall in (("家庭主要成员及其工作单位", 26.0), ("个人工作简历", 30.0)):
        table_row(page, x0, y, tall, [(30, text, None), (150, "", None)])
        y += tall

    approval = 34.0
    table_row(page, x0, y, approval, [(30, "基层工会组织审批意见", None), (150, "", None)])
    page.data("approver", x0 + 60, y + approval - 22, 100, 8, member.union_name, 10.5,
              align="right")
    page.label(x0 + width - 4, y + approval - 10, "(公章)", 10.5, align="right")
    page.label(x0 + width - 4, y + approval - 3, BLANK_DATE, 10.5, align="right")
    y += approval
    table_row(page, x0, y, 14, [(30, "备　注", None), (150, member.remarks, "remarks")])
    y += 14
    table_row(page, x0, y, 12, [(30, "申请人签名", None), (60, "", None),
                                (30, "填表日期", None), (60, "", None)])
    page.label(x0 + width - 4, y + 8, BLANK_DATE, 10.5, align="right")
    page.label(x0, y + 20, f"填表说明:本表由会员本人填写,一式一份,由基层工会存档。"
               f"({job.station_name}印制)", 9, width=width)

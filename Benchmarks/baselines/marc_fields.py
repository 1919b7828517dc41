"""The fields the search baselines index, read from MARC 21 with pymarc: the same groups Pinakes indexes."""

import re

import pymarc

TITLE_TAGS = {"245", "246", "130", "240", "740"}
AUTHOR_TAGS = {"100", "110", "111", "700", "710", "711"}
OTHER_TAGS = {"490", "260", "264", "250", "050", "082", "084", "020", "022"}
SKIP_CODES = {"6", "8"}


def group_of(tag):
    """title, author, subject or other for a (linked) tag; None when it is not indexed."""
    if tag in TITLE_TAGS:
        return "title"
    if tag in AUTHOR_TAGS:
        return "author"
    if tag.startswith("6"):
        return "subject"
    if tag in OTHER_TAGS or tag.startswith("5") or tag.startswith("8"):
        return "other"
    return None


def describe(record):
    """(id, {title, author, subject, other}, language, decade) of one pymarc record, or None without 001."""
    if not record.get_fields("001"):
        return None
    groups = {"title": [], "author": [], "subject": [], "other": []}
    for field in record.get_fields():
        if field.is_control_field():
            continue
        tag = field.tag
        if tag == "880":
            tag = (field.get("6") or "")[:3]
        if tag == "880":
            continue
        group = group_of(tag)
        if group is None:
            continue
        for code, value in field.subfields_as_dict().items():
            if code in SKIP_CODES:
                continue
            # The statement of responsibility (245 $c) is searched as a name.
            target = "author" if tag == "245" and code == "c" else group
            groups[target].extend(value)
    f008 = record["008"].data if record.get_fields("008") else ""
    language = f008[35:38].strip() if len(f008) >= 38 else ""
    decade = int(f008[7:10]) * 10 if re.fullmatch(r"\d{3}", f008[7:10] or "") else None
    return record["001"].data.strip(), {k: " ".join(v) for k, v in groups.items()}, language, decade


def read(path):
    """Every described record of an ISO 2709 file (UTF-8), in file order."""
    out = []
    with open(path, "rb") as handle:
        for record in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True, permissive=True):
            if record is not None:
                described = describe(record)
                if described:
                    out.append(described)
    return out

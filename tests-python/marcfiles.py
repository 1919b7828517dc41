"""Finds the MARC files in ../shared/data by their content, not their names."""
import re
from pathlib import Path

# Files that are broken on purpose (upstream test fixtures of defects, or real upstream defects). They must end
# with diagnostics: exit 0 with notes, or exit 1 with an `error:` line; never a crash.
DELIBERATELY_BROKEN = {
    "marc4j/bad_hathi_records.mrc",
    "marc4j/bad_oversize_field_bad_directory.mrc",
    "marc4j/bad_too_long_plus_2.mrc",
    "marc4j/datos-20161010-slice.mrc",
    "marc4j/incomplete_esc_seq.mrc",
    "koha-misc4dev/koha_sample_1605_bibs.xml",          # 0x1F inside controlfield 001: not well-formed XML
    "koha-misc4dev/koha_sample_1812_biblio_metadata.xml",  # same defect
    "evergreen/marcxml/serials_marc21.xml",              # several top-level <record>s: not one XML document
}

# Other files whose content is not well-formed MARC (named for what is wrong with them); the same rule applies.
ALSO_BROKEN = {
    "ruby-marc/three-records-second-bad.xml",  # the second record's XML is not well-formed
    "yaz/marc0.marc",                          # a 62-byte fragment, no complete record
    "yaz/marc4.xml",                           # yaz's dump of a broken record: a bad leader and no fields
}

XML_ROOT_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")
MARC_XML_ROOTS = {"collection", "record"}


def sniff(path):
    """Returns "iso2709", "marcxml" or None, judging by the first bytes of the file."""
    with open(path, "rb") as f:
        head = f.read(1 << 20)
    # ISO 2709: a record length in digits, and field or record terminators somewhere (text dumps such as
    # Aleph sequential files also start with digits but have neither).
    if len(head) >= 24 and head[:5].isdigit() and (b"\x1e" in head or b"\x1d" in head):
        return "iso2709"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        # Skip the XML declaration, processing instructions, comments and doctype to the root element.
        body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", text, flags=re.S)
        m = XML_ROOT_RE.search(body)
        if m and m.group(1).decode() in MARC_XML_ROOTS and (b"leader>" in head or b"controlfield" in head
                                                            or b"datafield" in head):
            return "marcxml"
    return None


def marc_files(data_dir):
    """[(relative path, format)] of every MARC file under data_dir except the protocol samples."""
    found = []
    for path in sorted(Path(data_dir).rglob("*")):
        rel = path.relative_to(data_dir).as_posix()
        if not path.is_file() or rel.startswith("protocol-samples/") or path.suffix in (".xsd", ".md", ".sql"):
            continue
        kind = sniff(path)
        if kind:
            found.append((rel, kind))
    return found


def is_broken(rel):
    return rel in DELIBERATELY_BROKEN or rel in ALSO_BROKEN

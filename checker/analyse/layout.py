"""Where the facts of a document are: the regions of its head and its signature block.

An Indonesian official document opens with a letterhead (the ministry or government, then each
level down to the issuing unit, then its address), then the name of the document (its kind),
its number, and its title: a decree's "TENTANG" block, a letter's "Hal :", a certificate's
"sebagai ...", a report's cover lines (and under them the unit, with its parent below). Forms
follow ("Unit Kerja :", "Hari/Tanggal :"), then the body. It closes with a signature block
("Ditetapkan di ... pada tanggal ..." or "Jakarta, 15 Maret 2021", the office, the name).

Everything here works on lines of a :class:`~checker.analyse.text.Cleaned` page with compiled
expressions; no spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from checker.analyse import dates, numbers
from checker.analyse.kinds import KindMatcher
from checker.analyse.text import (
    OFFICIALS,
    Line,
    collapse,
    head_end,
    is_prose,
    is_subtitle,
    is_upper,
    lines_of,
    normalise,
)
from checker.analyse.text import field as field_of
from checker.model import Fact, Page

TITLE_MAX_LINES = 6
FOREWORD_CHARS = 600
TITLE_MAX_CHARS = 300
NUMBER_MAX_LINES = 12
SIGNATURE_MAX_LINES = 14

_NOISE = re.compile(r"^[\W_]*$|^(?:salinan|copy|draft|konsep|rahasia|segera)\W*$", re.IGNORECASE)
_WORD3 = re.compile(r"[A-Za-z]{3}")
_ADDRESS = re.compile(
    r"\b(?:jalan|jln?|telp|telepon|tel|fax|faks|faksimile|laman|website|e-?mail|surel|kode\s+pos|"
    r"po\s+box|kotak\s+pos|phone)\b|www\.|https?:|@|\b\d{5}\b|\(0\d{2,3}\)",
    re.IGNORECASE,
)
# a line that only carries on the letterhead line above it
_PLACE_CONTINUATION = re.compile(
    r"^(?:(?:republik\s+)?indonesia|r\.?\s?i\.?|(?:daerah\s+istimewa|d\.?\s?i\.?|provinsi|kabupaten|kota)\s+\w+.*|"
    r"of\s+the\s+republic\s+of\s+indonesia)$",
    re.IGNORECASE,
)
_DANGLING_END = re.compile(r"\b(?:dan|serta|bidang|kelas|urusan|pengembangan|pelayanan|&|,)$", re.IGNORECASE)
_ANNEX = re.compile(r"^lampiran\b(?!\s*:)", re.IGNORECASE)
_TENTANG = re.compile(r"^(?:TENTANG|Tentang|CONCERNING|Concerning|REGARDING)\b[ \t]*:?[ \t]*(?P<rest>.*)$")
# a document that opens with its foreword (a line of a drawing's digits may come before it)
_FOREWORD = re.compile(
    r"^(?:[^\w\n]*\d[\d\W]*\n|[ \t]*\n)*\s*(?:kata\s+pengantar|foreword|preface)[ \t]*(?:\n|$)", re.IGNORECASE
)
# where a document's name in its own foreword ends: the verb or clause after it
_SELF_REFERENCE_END = re.compile(
    r"\s(?:dapat|disusun|telah|ini|merupakan|adalah|yang|kami|sebagai|berisi|memuat|menyajikan|"
    r"disampaikan|diselesaikan|is|was|has|presents|contains)\b|[.;,:]\s|\n\n",
    re.IGNORECASE,
)
_INLINE_TENTANG = re.compile(r"\s(?:TENTANG|CONCERNING)\s*:?\s+(?P<rest>\S.*)$")
_BODY_LINE = re.compile(
    r"^(?:bab\b|kata\s+pengantar|pendahuluan|daftar\s+isi|menimbang|mengingat|memperhatikan|memutuskan|"
    r"dasar\b|latar\s+belakang|yth\b|kepada\b|dengan\s+hormat|pasal\b|tembusan|"
    r"(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]\s|\[|foreword|background|introduction|considering|in\s+view\s+of|"
    r"ringkasan|executive\s+summary|table\s+of|dengan\s+rahmat)",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:dengan\s+ini|yang\s+bertanda\s+tangan|bersama\s+ini|dalam\s+rangka|sehubungan|berdasarkan|"
    r"pada\s+hari\s+ini|saya\s+yang|kami\s+yang|we\s+hereby|we\s+the|this\s+(?:report|document|plan)|"
    r"diberikan\s+kepada|awarded\s+to|(?:is\s+)?presented\s+to)",
    re.IGNORECASE,
)
_AMENDING = re.compile(r"\b(?:perubahan|pencabutan|mencabut|amendment|revoking)\b", re.IGNORECASE)
_NUMBER_OR_DATE_LINE = re.compile(r"^(?:nomor|nomer|no\.|number|tanggal|date)\b", re.IGNORECASE)
_YEAR_END = re.compile(r"(?:19|2[0O])[0-9OoIl]{2}\W{0,3}$")
# what carries a title past a line that ends with a year: "... Periode 2018-2022" / "Tahun Anggaran 2020"
_CONTINUES = re.compile(
    r"^(?:tentang|dan|serta|atas|concerning|and|-|\u2013)\b|^[a-z]"
    r"|^(?i:tahun|tahun\s+anggaran|ta\.?)\s+(?:19|20)\d\d\W{0,3}$"
)
_SUBJECT = re.compile(r"^(?:hal|perihal|subject|re)$")
_AGENDA = re.compile(r"^(?:agenda|agenda rapat|acara|acara rapat|pokok bahasan|materi|perihal|kegiatan)$")
_CERTIFICATE_TO = re.compile(
    r"^(?:diberikan\s+kepada|dianugerahkan\s+kepada|awarded\s+to|(?:is\s+)?presented\s+to|"
    r"this\s+is\s+to\s+certify)",
    re.IGNORECASE,
)
_AS = re.compile(r"^(?:sebagai|as\s+(?:a|an|the)?)\s*(?P<rest>.*)$", re.IGNORECASE)
_SOP_NAME = re.compile(r"^(?:nama\s+sop|judul\s+sop|sop\s+name|nama\s+prosedur)$")
# a label of an SOP's identity table on a line of its own, its value on the next line or the one before
_IDENTITY_LABEL = re.compile(r"(?:^|\s)(?P<label>nama\s+sop|nomor\s+sop|no\.?\s+sop)[ \t.:]*$", re.IGNORECASE)
# fields that name the unit a form is for; of "Jabatan :" only the first (the person's own)
_UNIT_FIELDS = {
    "unit kerja",
    "instansi",
    "satuan kerja",
    "unit organisasi",
    "unit",
    "nama unit",
    "nama instansi",
    "organisasi",
    "perangkat daerah",
    "opd",
    "unit eselon",
    "satker",
    "work unit",
    "institution",
    "dari",
    "from",
    "pengirim",
}  # a memo's sender
_POSITION_FIELDS = {"jabatan", "position"}
_SIGNATURE_END = re.compile(r"^(?:tembusan|salinan\s+sesuai|copy\s+to|cc\b)", re.IGNORECASE)


@dataclass
class Head:
    """The regions of a document's first page (offsets index the cleaned page text)."""

    text: str
    end: int
    lines: list[Line]
    letterhead: int = 0  # lines[:letterhead] are the letterhead
    lowest: int | None = None  # index of the first line of the lowest unit of the letterhead
    first_unit: int | None = None  # index of its first unit line (the lowest when it is read upwards)
    place: str | None = None  # the regency, city or university the letterhead or cover names
    kind: tuple[str, int, int] | None = None
    kind_line: int | None = None
    weak_kind: bool = False  # the kind word stands inside a line of ordinary text, not a heading
    number: numbers.Span | None = None
    title: tuple[int, int, str] | None = None  # (start, end, text)
    title_source: str | None = None  # tentang, subject, certificate, annex, cover
    title_last: int | None = None  # index of the title's last line
    cover: list[int] = field(default_factory=list)  # unit lines under a cover's title
    issuer: list[tuple[int, int]] = field(default_factory=list)  # spans naming the issuing office
    unit_fields: list[tuple[int, int]] = field(default_factory=list)  # values of "Unit Kerja :" and kin
    annex_date: dates.FoundDate | None = None
    letter: bool = False
    subject_end: int | None = None  # where the title's part that may name its subject ends
    structure_end: int = 0  # where the head's named parts end (the rest of it is forms and text)

    def wrapped(self) -> list[tuple[int, int]]:
        """Spans whose line breaks may only wrap a name: the letterhead, the kind's line(s), the
        title, the official's line."""
        spans = [(0, self.lines[self.letterhead].start if self.letterhead < len(self.lines) else self.end)]
        if self.title is not None:
            spans.append((self.title[0], self.title[1]))
        return spans + self.issuer

    def line_at(self, offset: int) -> int:
        """The index of the line ``offset`` falls in (len(lines) past the head)."""
        i = bisect.bisect_right([line.start for line in self.lines], offset) - 1
        return i if i >= 0 and offset <= self.lines[i].end else len(self.lines)


def read_head(
    text: str, kinds: KindMatcher, is_unit_line: Callable[[str], bool], place_of: Callable[[str], str | None]
) -> Head:
    end = head_end(text)
    lines = lines_of(text, 0, end)
    head = Head(text, end, lines)
    _letterhead(head, kinds, is_unit_line, place_of)
    start = lines[head.letterhead].start if head.letterhead < len(lines) else 0
    head.kind = kinds.find(text, start, window=min(700, max(end - start, 0))) if end > start else None
    if head.kind is not None:
        head.kind_line = head.line_at(head.kind[1])
        if head.kind_line < len(lines):
            line = lines[head.kind_line]
            before = text[line.start : head.kind[1]]
            head.weak_kind = (
                bool(before.strip(" \t\"'(“-:,.")) and not is_upper(line.text) and field_of(line.text) is None
            )
    _number(head)
    _title(head, is_unit_line)
    if head.title is None and (foreword := _FOREWORD.match(text)):
        _foreword(head, kinds, foreword.end())
    _identity_table(head)
    _cover_and_issuer(head, is_unit_line, place_of)
    _fields(head)
    return head


def _identity_table(head: Head) -> None:
    """Number and name from an SOP's identity table when the lines did not give them."""
    found = identity_values(head)
    if "number" in found and (head.number is None or head.number.value is None):
        start, end, value = found["number"]
        head.number = numbers.Span(value, start, end, value)
    number = str(head.number.value) if head.number is not None and head.number.value else None
    if "name" in found and (head.title is None or (number and normalise(head.title[2]) == normalise(number))):
        start, end, value = found["name"]
        head.title = (start, end, value)
        head.title_source = "cover"


def _foreword(head: Head, kinds: KindMatcher, start: int) -> None:
    """A document that opens with its foreword (no cover) names itself in its first sentence:
    "... Laporan Kinerja Instansi Pemerintah (LKjIP) Inspektorat Daerah Kabupaten Klaten Tahun
    2022 dapat kami selesaikan." That name is its title."""
    text = head.text
    end = min(len(text), start + FOREWORD_CHARS)
    found = kinds.find(text, start, window=end - start)
    if found is None:
        return
    _name, kind_start, kind_end = found
    stop = _SELF_REFERENCE_END.search(text, kind_end, min(len(text), kind_end + TITLE_MAX_CHARS))
    title_end = stop.start() if stop else kind_end
    title = collapse(text[kind_start:title_end])
    if not title:
        return
    head.title = (kind_start, title_end, title[:TITLE_MAX_CHARS])
    head.title_source = "foreword"
    if head.kind is None:
        head.kind = found
    head.end = max(head.end, title_end)
    head.lines = lines_of(text, 0, head.end)
    head.kind_line = head.line_at(kind_start)


# --- letterhead ---------------------------------------------------------------------------------


def _letterhead(
    head: Head, kinds: KindMatcher, is_unit_line: Callable[[str], bool], place_of: Callable[[str], str | None]
) -> None:
    lines = head.lines
    i = 0
    last_unit: int | None = None
    while i < len(lines):
        text = lines[i].text
        if _NOISE.match(text) or not _WORD3.search(text):  # a rule, or a scan's specks ("aa, na... ,.")
            i += 1
            continue
        if kinds.starts_line(text) or _ANNEX.match(text):
            break
        if is_unit_line(text) or place_of(text):
            last_unit = i
            if head.first_unit is None:
                head.first_unit = i
            if head.place is None:
                head.place = place_of(text)
            i += 1
            continue
        if last_unit is not None and (
            _ADDRESS.search(text) or _PLACE_CONTINUATION.match(text) or _DANGLING_END.search(lines[i - 1].text)
        ):
            i += 1
            continue
        # a page's running header over the letterhead ("BAGIAN KEUANGAN & UMUM", "2024")
        # (only when the document's own name comes below the letterhead: else this is its title)
        if (
            last_unit is None
            and i < 3
            and len(text.split()) <= 5
            and not kinds.find(text, window=len(text))
            and any(is_unit_line(lines[k].text) for k in range(i + 1, min(len(lines), i + 3)))
            and any(kinds.starts_line(lines[k].text) for k in range(i + 1, min(len(lines), i + 8)))
        ):
            i += 1
            continue
        break
    head.letterhead = i if last_unit is not None else _skip_noise(lines)
    head.lowest = last_unit


def _skip_noise(lines: list[Line]) -> int:
    i = 0
    while i < len(lines) and _NOISE.match(lines[i].text):
        i += 1
    return i


# --- number -----------------------------------------------------------------------------------


def identity_values(head: Head) -> dict[str, tuple[int, int, str]]:
    """An SOP's name and number from an identity table whose text layer puts a label alone at the
    end of a line and its value on the next line ("NAMA SOP ." / "PELAKSANAAN E-LEARNING"), or on
    the line before ("SOP.SAR.08" / "NOMOR SOP")."""
    out: dict[str, tuple[int, int, str]] = {}
    lines = head.lines
    for i, line in enumerate(lines):
        match = _IDENTITY_LABEL.search(line.text)
        if match is None:
            continue
        key = "name" if "nama" in match.group("label").lower() else "number"
        for j in (i + 1, i - 1) if key == "name" else (i - 1, i + 1):
            if 0 <= j < len(lines) and not _IDENTITY_LABEL.search(lines[j].text) and not field_of(lines[j].text):
                value = lines[j].text.strip(" .:")
                if value and (key == "name" or any(c.isdigit() for c in value)):
                    out.setdefault(key, (lines[j].start, lines[j].end, value))
                    break
    return out


def _number(head: Head) -> None:
    lines = head.lines
    first = head.letterhead
    stop = min(len(lines), first + NUMBER_MAX_LINES)
    for i in range(first, stop):
        line = lines[i]
        if (
            (line.text.startswith("nomor") or (line.text[:5].lower() == "nomor" and _PROSE_TENTANG.search(line.text)))
            and i > first
            and _CITES.search(lines[i - 1].text)
        ):
            continue  # "... Peraturan Menteri PANRB / nomor 52 tahun 2014 tentang ...": a cited one's
        found = numbers.number_in_line(line.text, line.start)
        if found is not None:
            head.number = _carried_number(found, lines, i)
            return
    if head.kind_line is not None:  # "KEPUTUSAN BUPATI BANTUL NOMOR 128 TAHUN 2022 TENTANG ..."
        line = lines[head.kind_line]
        found = numbers.number_inline(line.text, line.start)
        if found is not None:
            head.number = found


_PROSE_TENTANG = re.compile(r"\d[ \t]+tentang\b")  # "... Tahun 2017 tentang Pedoman": a sentence's
_CITES = re.compile(r"\b(?:peraturan|keputusan|undang|instruksi|edaran|reformasi birokrasi)\b[^:]*$", re.IGNORECASE)
_SEPARATORS = "/.-\u2013"
_NUMBER_CHARS = re.compile(r"^[A-Za-z0-9./\-\u2013]+$")
_LETTER_RUN = re.compile(r"[A-Za-z]{5,}")


def _number_piece(text: str) -> bool:
    """A piece of a number on a line of its own: "/", "520", "/415.15/2019", "2005", "PL1" (no word)."""
    return (
        bool(_NUMBER_CHARS.match(text))
        and not _LETTER_RUN.search(text)
        and (any(c.isdigit() for c in text) or text in tuple(_SEPARATORS))
    )


def _carried_number(found: numbers.Span, lines: list[Line], i: int) -> numbers.Span:
    """A number a text layer broke over lines ("188" / "/" / "520" / "/415.15/2019"), joined: the
    lines that follow are its pieces while it, or the piece, is open at the joint."""
    if found.value is None:
        return found
    value, end, words = str(found.value), found.end, found.text
    for line in lines[i + 1 : i + 8]:
        piece = line.text.replace(" ", "")
        # open at the joint: a separator on either side, or a year cut in two ("/20" + "20")
        year_cut = re.search(r"/(?:19|20)$", value) is not None and re.fullmatch(r"\d\d", piece) is not None
        if not _number_piece(piece) or not (value[-1] in _SEPARATORS or piece[0] in _SEPARATORS or year_cut):
            break
        value += piece
        words = f"{words} {line.text}"
        end = line.end
    if value == found.value:
        return found
    return numbers.Span(value.rstrip("/.-\u2013"), found.start, end, words)


# --- title ------------------------------------------------------------------------------------


def _title(head: Head, is_unit_line: Callable[[str], bool]) -> None:
    lines = head.lines
    first = head.letterhead
    if first >= len(lines):
        return
    # an annex saved alone: "LAMPIRAN KEPUTUSAN ... / NOMOR ... / TANGGAL ..." then its own heading
    if _ANNEX.match(lines[first].text):
        start = _annex_header(head, first)
        _walk(head, start, None, "annex")
        return
    anchor = head.kind_line if head.kind_line is not None else first
    # a decree's or regulation's "TENTANG" block (or "... NOMOR 5 TAHUN 2022 TENTANG X" on one line)
    for i in range(anchor, min(len(lines), anchor + 10)):
        match = _TENTANG.match(lines[i].text)
        if match is None and i == head.kind_line:
            match = _INLINE_TENTANG.search(lines[i].text)
        if match:
            rest = match.group("rest")
            if rest and len(rest) > 2:  # "TENTANG i": a scan's speck is no title
                _walk(head, i, (lines[i].start + match.start("rest"), rest), "tentang")
            else:
                _walk(head, i + 1, None, "tentang")
            if head.title is not None:
                return
            break
    # a letter's subject
    subject = _field_line(lines, first, _SUBJECT)
    if subject is not None:
        i, value, start = subject
        head.letter = True
        text = value
        end = start + len(value)
        # a subject wraps over the lines under it until the salutation, a field or a date
        j = i + 1
        while j < min(len(lines), i + 5) and _plain(lines[j].text) and not text.rstrip().endswith((".", ":")):
            text = f"{text} {lines[j].text}"
            end = lines[j].end
            j += 1
        head.title = (start, end, collapse(text)[:TITLE_MAX_CHARS])
        head.title_source = "subject"
        head.title_last = i
        return
    # a certificate: what it is given for ("sebagai Pegawai Teladan ...")
    for i in range(first, min(len(lines), first + 10)):
        if _CERTIFICATE_TO.match(lines[i].text):
            for j in range(i + 1, min(len(lines), i + 5)):
                match = _AS.match(lines[j].text)
                if match:
                    rest = match.group("rest")
                    line = lines[j]
                    if len(rest.split()) <= 2 and j + 1 < len(lines):
                        _walk(head, j + 1, None, "certificate", prefix=rest)
                    else:
                        _walk(head, j, (line.start + match.start("rest"), rest), "certificate")
                    if head.title is not None:
                        return
            break
    # a cover's or a form's title: from the kind's line down to the first line that is not one;
    # a text with no heading (a screenshot: "Capaian IKU Triwulan II") has none
    if head.weak_kind:
        anchor = first  # a kind word in the text's body: the title, if any, is its heading
    if (head.kind is None or head.weak_kind) and not is_upper(lines[anchor].text):
        return
    _walk(head, anchor, None, "cover")
    if head.title is not None and head.kind is not None and head.title_source == "cover" and only_kind(head):
        # a form headed by its kind alone ("NOTULA", "DAFTAR HADIR"): its agenda says what it is of
        agenda = _field_line(head.lines, head.title_last or anchor, _AGENDA)
        if agenda is not None:
            _, value, value_start = agenda
            start, _end, text = head.title
            head.title = (start, value_start + len(value), collapse(f"{text} {value}")[:TITLE_MAX_CHARS])
            return
    if head.title is not None and head.title_source == "cover":
        sop = _field_line(head.lines, head.title_last or anchor, _SOP_NAME)
        if sop is not None:
            _, value, value_start = sop
            start, end, text = head.title
            head.title = (start, value_start + len(value), collapse(f"{text} {value}")[:TITLE_MAX_CHARS])
            head.subject_end = end  # units in a procedure's name are its topic, not its owner


def only_kind(head: Head) -> bool:
    """Whether the title is no more than the words naming the document's kind ("NOTULEN RAPAT")."""
    assert head.title is not None and head.kind is not None
    words = normalise(head.title[2]).split()
    kind = normalise(head.text[head.kind[1] : head.kind[2]]).split()
    return words[: len(kind)] == kind and len(words) <= len(kind) + 1


def agenda_field(text: str) -> tuple[str, int, int] | None:
    """(value, start, end) of an agenda field among a page's first lines, its wrapped line too."""
    lines = lines_of(text, 0, min(len(text), 1500))
    found = _field_line(lines, 0, _AGENDA)
    if found is None:
        return None
    i, value, start = found
    end = start + len(value)
    if (
        i + 1 < len(lines)
        and field_of(lines[i + 1].text) is None
        and not value.rstrip().endswith((".", ":"))
        and len(lines[i + 1].text) < 80
        and not re.match(r"^[a-z0-9][.)]\s", lines[i + 1].text, re.IGNORECASE)
    ):
        value = f"{value} {lines[i + 1].text}"
        end = lines[i + 1].end
    return collapse(value), start, end


def _annex_header(head: Head, first: int) -> int:
    lines = head.lines
    last = first
    for i in range(first + 1, min(len(lines), first + 7)):
        text = lines[i].text
        if _NUMBER_OR_DATE_LINE.match(text):
            last = i
            if re.match(r"^(?:tanggal|date)\b", text, re.IGNORECASE):
                head.annex_date = dates.field_date(head.text, lines[i].start, lines[i].end + 1)
                break
    return last + 1


def _walk(head: Head, i: int, first_text: tuple[int, str] | None, source: str, prefix: str = "") -> None:
    """Collect a title from line ``i`` (or from ``first_text`` within it) down to its end."""
    lines = head.lines
    texts: list[str] = [prefix] if prefix else []
    start: int | None = None
    end = 0
    upper: bool | None = None
    j = i
    last = None
    while j < len(lines) and len(texts) < TITLE_MAX_LINES:
        line = lines[j]
        text = first_text[1] if first_text is not None and j == i else line.text
        control = _DOCUMENT_CONTROL.search(text)
        if control and control.start() > 0:  # "STANDAR PELAYANAN PUBLIK Revisi : 0 Halaman : ii"
            text = text[: control.start()].rstrip()
        text_start = first_text[0] if first_text is not None and j == i else line.start
        # "PERUBAHAN ATAS KEPUTUSAN ... / NOMOR 3/DKK/2020 TENTANG ...": the amended decree's
        # number belongs to the title of the one that amends it
        cites_amended = (
            source == "tentang"
            and start is not None
            and _NUMBER_OR_DATE_LINE.match(text)
            and _AMENDING.search(" ".join(texts))
        )
        if not cites_amended and _stops(text, source, started=start is not None):
            break
        if (
            source == "tentang"
            and start is not None
            and (_official(text, lines[j + 1].text if j + 1 < len(lines) else "") or _repeats_issuer(head, text))
        ):
            break  # "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA\nMANUSIA KOTA BEKASI,"
        mode = is_upper(text)
        if upper is None:
            upper = mode
        elif (upper and not mode and not is_subtitle(text)) or (not upper and is_prose(text)):
            break
        texts.append(text.rstrip(",;"))
        if start is None:
            start = text_start
        end = line.end
        last = j
        j += 1
        if source != "tentang" and _YEAR_END.search(text) and not (j < len(lines) and _CONTINUES.match(lines[j].text)):
            break
    joined = collapse(" ".join(texts))[:TITLE_MAX_CHARS]
    if start is None or not joined:
        return
    head.title = (start, end, joined)
    head.title_source = source
    head.title_last = last


# the fields of a document-control table that a text layer puts on a title's line
_DOCUMENT_CONTROL = re.compile(
    r"\s+(?:revisi|halaman|edisi|tanggal|kode|hal\.|no\.\s*dokumen|tgl\.?)\s*:", re.IGNORECASE
)


def _stops(text: str, source: str, *, started: bool) -> bool:
    """Whether ``text`` is not a line of a title (so a title ends before it)."""
    if "|" in text and started and source != "tentang":  # a table under a cover's title
        return True
    if not started and not _WORD3.search(text):
        return True  # a title has words: "-1450813-108013500" is a drawing's anchor
    bare = text.lstrip("\"'\u201c\u2018( ")  # '"DENGAN INI, KAMI ...': a pledge opens the body
    if _BODY_LINE.match(bare) or _OPENER.match(bare) or _NUMBER_OR_DATE_LINE.match(text):
        return True
    if text.endswith(":") and not text[-2:-1].isdigit():  # "Pembahasan :", not "TAHUN 2022:"
        return True
    if (match := field_of(text)) is not None:
        # an upper-case title may hold a name and a colon: "SI-JADWAL: PERMOHONAN JADWAL SIDANG"
        value = match.group("value")
        if not (len(match.group("label").split()) == 1 and value[:1].isalpha() and is_upper(text)):
            return True
    if dates.PLACE_DATE.match(text) and dates.parse_at(text, dates.PLACE_DATE.match(text).end()):  # type: ignore[union-attr]
        return True
    if text[:1].islower():
        return True
    if started and text.endswith(","):
        first_word = normalise(text).split()[:1]
        if source == "tentang" or (first_word and first_word[0] in OFFICIALS):
            return True  # the official's line under a title: "DEPUTI SEKRETARIS KABINET ...,"
    return not started and is_prose(text)


def _repeats_issuer(head: Head, text: str) -> bool:
    """Whether a line under a decree's title repeats its issuer ("KEPUTUSAN MENTERI PENDIDIKAN,
    ..." heads the decree, "MENTERI PENDIDIKAN, ..." opens its preamble), comma or not."""
    if head.kind is None or head.kind_line is None or head.kind_line >= len(head.lines):
        return False
    issuer = normalise(head.text[head.kind[2] : head.lines[head.kind_line].end]).split()
    words = normalise(text).split()
    n = min(len(words), len(issuer))
    return n >= 2 and words[:n] == issuer[:n]


def _official(text: str, following: str) -> bool:
    """Whether ``text`` opens the issuing official's line(s) under a decree's title."""
    first = normalise(text).split()[:1]
    return bool(first) and first[0] in OFFICIALS and (text.endswith(",") or following.endswith(","))


def _plain(text: str) -> bool:
    """Whether a line may carry on a letter's subject ("Hal : ... Zona\nIntegritas")."""
    return not (
        field_of(text)
        or _BODY_LINE.match(text)
        or _OPENER.match(text)
        or "|" in text
        or dates.PLACE_DATE.match(text)
        or _bare_date(text)
        or text.endswith(",")
        or (text[:1].islower() and len(text.split()) > 4)
    )


def _field_line(lines: list[Line], first: int, label: re.Pattern[str]) -> tuple[int, str, int] | None:
    for i in range(first, min(len(lines), first + 14)):
        match = field_of(lines[i].text)
        if match and label.match(normalise(match.group("label"))) and match.group("value").strip():
            return i, match.group("value").strip(), lines[i].start + match.start("value")
    return None


# --- what else the head names -------------------------------------------------------------------


def _cover_and_issuer(head: Head, is_unit_line: Callable[[str], bool], place_of: Callable[[str], str | None]) -> None:
    lines = head.lines
    last = (
        head.title_last
        if head.title_last is not None
        else (head.kind_line if head.kind_line is not None else head.letterhead - 1)
    )
    after = last + 1
    if head.title_source == "cover" or (head.title_source == "annex"):
        j = after
        while j < len(lines) and len(head.cover) < 4:
            text = lines[j].text
            if field_of(text) is None and (is_unit_line(text) or place_of(text)):
                head.cover.append(j)
            elif not head.cover and (numbers.number_in_line(text) is not None or _NOISE.match(text)):
                pass  # "Nomor: ..." between a report's title and its unit
            elif not (head.cover and (_PLACE_CONTINUATION.match(text) or _DANGLING_END.search(lines[j - 1].text))):
                break
            j += 1
        after = j
    if head.title_source == "tentang" and head.kind_line is not None:
        # the issuing office: the kind's line(s) down to the number, and the official's line
        j = head.kind_line
        while (
            j < len(lines)
            and j < (head.title_last or j)
            and not _NUMBER_OR_DATE_LINE.match(lines[j].text)
            and not _TENTANG.match(lines[j].text)
        ):
            head.issuer.append((lines[j].start, lines[j].end))
            j += 1
        for j in range(after, min(len(lines), after + 3)):
            text = lines[j].text
            if not is_upper(text) or field_of(text):
                break
            head.issuer.append((lines[j].start, lines[j].end))
            if text.endswith(","):
                after = j + 1
                break
    elif head.kind_line is not None and head.title_source != "cover":
        line = lines[head.kind_line]
        head.issuer.append((line.start, line.end))
    if head.place is None:
        for j in [*range(head.letterhead, after)]:
            if j < len(lines) and (place := place_of(lines[j].text)):
                head.place = place
                break
    head.structure_end = lines[after].start if after < len(lines) else head.end


# "DISAHKAN OLEH | Kepala Pusat ...": who approved a form, in its identity table
_APPROVED_BY = re.compile(r"^(?:disahkan|ditetapkan|approved)\s+oleh\s*[:|]?\s*(?=\S)", re.IGNORECASE)


def _fields(head: Head) -> None:
    seen_position = False
    for line in head.lines[head.letterhead :]:
        approved = _APPROVED_BY.match(line.text)
        if approved:
            head.unit_fields.append((line.start + approved.end(), line.end))
            continue
        match = field_of(line.text)
        if match is None:
            continue
        label = normalise(match.group("label"))
        value_start = line.start + match.start("value")
        if label in _UNIT_FIELDS:
            head.unit_fields.append((value_start, line.end))
        elif label in _POSITION_FIELDS and not seen_position:
            seen_position = True
            head.unit_fields.append((value_start, line.end))


# --- dates at the head ------------------------------------------------------------------------


_PLACE_DATE_INSIDE = re.compile(r"(?<=\s)[A-Z][A-Za-z .'-]{2,40},[ \t]*(?=[0-9OoIl]{1,2}\s*[A-Za-z])")


def letter_date(head: Head) -> dates.FoundDate | None:
    """A letter's own date: "Bantul, 27 Juni 2022" or a bare date line at its head, or "Tanggal :";
    also in the right column of its number's line ("Nomor : ...    Surabaya, 17 Mei 2019")."""
    for line in head.lines[head.letterhead :]:
        inside = _PLACE_DATE_INSIDE.search(line.text) if numbers.NUMBER_LINE.match(line.text) else None
        if inside:
            found = dates.parse_at(line.text, inside.end(), partial=False)
            if found:
                return _shift(found, line.start)
        match = dates.PLACE_DATE.match(line.text)
        if match:
            found = dates.parse_at(line.text, match.end(), partial=False)
            if found and found.end == len(line.text):
                return _shift(found, line.start)
        found = dates.parse_at(line.text, 0, partial=False)
        if found and found.start == 0 and found.end == len(line.text):
            return _shift(found, line.start)
        match_field = field_of(line.text)
        if match_field and normalise(match_field.group("label")) in ("tanggal", "tgl", "date"):
            found = dates.parse_at(line.text, match_field.start("value"), partial=False)
            if found:
                return _shift(found, line.start)
    return None


def place_date(text: str, start: int, end: int, *, partial: bool = True) -> dates.FoundDate | None:
    """The first "Place, date" (or a bare date) line in ``text[start:end]``."""
    lines = lines_of(text, start, end)
    for k, line in enumerate(lines):
        match = dates.PLACE_DATE.match(line.text) or _PLACE_ALONE.match(line.text)
        if match is None and (damaged := _DAMAGED_PLACE.match(line.text)):
            # "apado, 9 Januari 2023": a scan lost the place's first letters; a whole date that
            # ends the line still dates the signature
            found = dates.parse_at(line.text, damaged.end(), partial=False)
            if found is not None and found.value is not None and len(line.text) - found.end <= 3:
                return _shift(found, line.start)
        if match:
            found = dates.parse_at(line.text, match.end(), partial=partial)
            if found is None:
                # "Pontianak, 30 Juni" / "2022", "Pontianak," / "27" / "Pebruari" / "2025": a narrow
                # column stacked the date's words under the place
                stacked = _stacked_date(lines, k, match.end())
                if stacked is not None:
                    return stacked
        else:
            found = dates.parse_at(line.text, 0, partial=False)
            if found and not (found.start == 0 and found.end >= len(line.text) - 1):
                found = None
        if found:
            return _shift(found, line.start)
    return None


_PLACE_ALONE = re.compile(r"^[A-Z][A-Za-z .'-]{2,40},$")
_DAMAGED_PLACE = re.compile(r"^[^\n,]{1,16},[ \t]*(?=[0-3]?\d[ \t])")  # "Pontianak," with its date under it
_STACKED_PIECE = re.compile(r"^[0-3OoIl]?[0-9OoIl]$|^[A-Za-z]{3,10}\.?$|^(?:19|2[0O])[0-9OoIl]{2}$")


def _stacked_date(lines: list[Line], k: int, after: int) -> dates.FoundDate | None:
    """A date whose words stand on the lines under its place's line (offsets of the place's)."""
    text = lines[k].text
    for j in range(k + 1, min(len(lines), k + 4)):
        if not _STACKED_PIECE.match(lines[j].text):
            return None
        text = f"{text} {lines[j].text}"
        found = dates.parse_at(text, after, partial=False)
        if found is not None:
            return replace(found, start=lines[k].start + found.start, end=lines[j].end, text=text[found.start :])
    return None


def _shift(found: dates.FoundDate, offset: int) -> dates.FoundDate:
    return replace(found, start=found.start + offset, end=found.end + offset)


# --- signature ----------------------------------------------------------------------------------


def signature(text: str, lines: list[Line] | None = None) -> tuple[int, int] | None:
    """The signature block of a page (usually the last): from the enactment or the place and date
    of signing, or else from the signatory's office line, to the end (or a copy list). ``lines``
    are the page's, when they are known."""
    lines = lines_of(text) if lines is None else lines
    if not lines:
        return None
    tail = lines[-SIGNATURE_MAX_LINES:]
    start = None
    for match in dates.enactments(text, tail[0].start):
        start = match.start()
    if start is None:
        for line in reversed(tail):
            place = dates.PLACE_DATE.match(line.text)
            if (place and dates.parse_at(line.text, place.end())) or _bare_date(line.text):
                start = line.start
                break
    if start is None:
        for k in range(len(tail) - 1, max(-1, len(tail) - 7), -1):
            line = tail[k]
            if line.text.endswith(",") and not is_prose(line.text) and len(line.text.split()) <= 12:
                start = line.start
                for m in range(k - 1, max(-1, k - 3), -1):
                    previous = tail[m].text
                    if (
                        previous.endswith((".", ";", ":", ","))
                        or field_of(previous)
                        or is_prose(previous)
                        or _BODY_LINE.match(previous)
                        or "|" in previous
                    ):
                        break
                    start = tail[m].start
                break
    if start is None:
        return None
    end = len(text)
    for line in lines:
        if line.start > start and _SIGNATURE_END.match(line.text):
            end = line.start
            break
    return start, end


def signature_inside(text: str, lines: list[Line] | None = None, start: int = 0) -> tuple[int, int] | None:
    """A signature block in the middle of a page (a foreword signed above its next part): a
    "Place, date" line with an official's line or an NIP under it; none begins before ``start``."""
    lines = [line for line in (lines_of(text) if lines is None else lines) if line.start >= start]
    for k, line in enumerate(lines):
        match = dates.PLACE_DATE.match(line.text)
        found = dates.parse_at(line.text, match.end(), partial=False) if match else None
        # a place of a few words and a date that ends the line ("Jombang, 20 Juni 2022"), not a
        # sentence ("Kegiatan dilaksanakan pada hari Jumat, 12 Agustus 2022 bertempat ...")
        if not (found and len(line.text[: match.end()].split()) <= 4 and found.end >= len(line.text) - 2):  # type: ignore[union-attr]
            continue
        below = lines[k + 1 : k + 5]
        if any(
            (normalise(b.text).split()[:1] and normalise(b.text).split()[0] in OFFICIALS)
            or b.text.upper().startswith("NIP")
            for b in below
        ):
            return line.start, below[-1].end if below else line.end
    return None


def _bare_date(text: str) -> bool:
    """A line that is only a date (a signature's, under its place); not one ending a list item
    ("22 Februari 2019;", a cited decree's)."""
    found = dates.parse_at(text, 0, partial=False)
    return found is not None and found.start == 0 and found.end >= len(text) - 1 and not text.endswith((";", ","))


# --- formality ----------------------------------------------------------------------------------

# a signature the signature block's shape does not show: "ttd", an electronic signature, an NIP
_SIGNED = re.compile(
    r"(?i)\b(?:ttd|tertanda|t\.t\.d|ditandatangani\s+secara\s+elektronik|"
    r"tanda\s+tangan\s+elektronik|signed)\b|\bNIP\.?\s*:?\s*\d{8}"
)
# template text a unit forgot to fill: "[nama unit]", "<tanggal>", "xxx", "Nomor : .../.../2018"
_PLACEHOLDER = re.compile(
    r"[\[<{]\s*(?:nama|tanggal|nomor|unit|jabatan|tempat|tahun|isi|diisi|nip)\b[^\]>}\n]{0,30}[\]>}]"
    r"|(?<![A-Za-z])(?<!BAB )(?<!Pasal )[xX]{3,}(?![A-Za-z])"
    r"|(?i:nomor|no\.)\s*:?\s*(?:\.{2,}|\u2026)\s*/[^\n]{0,40}"
    r"|(?i:tanggal)\s*:?\s*(?:\.{3,}|\u2026|_{3,})|_{5,}"
)
PLACEHOLDER_PAGES = 3  # the head and the signature are where templates are left unfilled
MAX_PLACEHOLDERS = 3


def signed_otherwise(text: str) -> bool:
    return _SIGNED.search(text) is not None


def placeholders(pages: list[Page]) -> tuple[Fact, ...]:
    """Where a template's fields were left unfilled, first pages and last."""
    chosen = pages if len(pages) <= PLACEHOLDER_PAGES else [*pages[:2], pages[-1]]
    found = []
    for page in chosen:
        for match in _PLACEHOLDER.finditer(page.text):
            words = match.group(0).strip()
            found.append(Fact(words, page.number, match.start(), match.end(), words))
            if len(found) >= MAX_PLACEHOLDERS:
                return tuple(found)
    return tuple(found)

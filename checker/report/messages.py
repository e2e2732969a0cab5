"""The words of the human-readable reports, in Indonesian (default) and English."""

from __future__ import annotations

from typing import Any

from checker.model import (
    Claim,
    ClaimFinding,
    Doubt,
    Formality,
    Problem,
    ReqStatus,
    RequirementResult,
    RulePack,
)

LANGS = ("id", "en")

STATUS = {
    "id": {
        ReqStatus.MET: "Terpenuhi",
        ReqStatus.PARTIAL: "Terpenuhi sebagian",
        ReqStatus.WRONG_YEAR: "Tahun/periode salah",
        ReqStatus.WRONG_UNIT: "Unit kerja salah",
        ReqStatus.UNREADABLE: "Tidak terbaca",
        ReqStatus.MISSING: "Tidak ada bukti",
    },
    "en": {
        ReqStatus.MET: "Met",
        ReqStatus.PARTIAL: "Partly met",
        ReqStatus.WRONG_YEAR: "Wrong year or period",
        ReqStatus.WRONG_UNIT: "Wrong unit",
        ReqStatus.UNREADABLE: "Unreadable",
        ReqStatus.MISSING: "Missing",
    },
}

WORDS: dict[str, dict[str, Any]] = {
    "id": {
        "report_title": "Laporan Kesenjangan Bukti",
        "supported_note": "Nilai dari jawaban yang didukung dokumen.",
        "self_assessed_note": "Nilai dari jawaban lembar kerja unit: Pengungkit ditambah Hasil dari nilai survei yang diisi unit.",
        "self_assessed_note_enablers": "Nilai dari jawaban lembar kerja unit: Pengungkit saja (Hasil tidak dapat dihitung).",
        "unit": "Unit kerja",
        "aliases": "Nama lain",
        "parent": "Instansi induk",
        "year": "Tahun evaluasi",
        "target": "Predikat yang dituju",
        "rules": "Paket aturan",
        "generated": "Dibuat",
        "summary": "Ringkasan",
        "area": "Area",
        "requirements": "Persyaratan",
        "total": "Jumlah",
        "documents": "Dokumen",
        "file": "Berkas",
        "status": "Status",
        "kind": "Jenis",
        "years": "Tahun",
        "note": "Keterangan",
        "question": "Pertanyaan",
        "evidence": "Bukti",
        "problems": "Catatan",
        "page": "hlm.",
        "file_name": "nama berkas",
        "warnings": "Peringatan tentang folder",
        "docs_read": "Dokumen terbaca",
        "docs_not_read": "Dokumen tidak terbaca",
        "verdict_ok": "Semua persyaratan terpenuhi.",
        "verdict_gaps": "{gaps} dari {total} persyaratan belum terpenuhi.",
        "position": "Posisi",
        "weight": "Bobot",
        "doc_status": {
            "ok": "terbaca",
            "empty": "kosong",
            "encrypted": "terkunci sandi",
            "corrupt": "rusak",
            "unsupported": "format tidak didukung",
            "too_large": "terlalu besar",
            "timeout": "melebihi batas waktu",
        },
        "ocr": "OCR",
        "score": "Nilai yang masih mungkin (batas atas)",
        "max": "Bobot",
        "bound": "Batas atas",
        "minimum": "Minimum {target}",
        "ok": "cukup",
        "below": "di bawah minimum",
        "areas_below": "Area yang tidak dapat mencapai minimum {target} dengan bukti yang ada: {areas}.",
        "target_reachable": "Dengan bukti yang ada, minimum {target} masih dapat dicapai.",
        # what changed (--baseline)
        "changes": "Perubahan sejak laporan sebelumnya",
        "change": "Perubahan",
        "previous": "Sebelumnya",
        "compared_with": "Dibandingkan dengan laporan yang dibuat {when}.",
        "dropped": "Tidak lagi ada dalam paket aturan",
        # the evidence index (one link per question, as the LKE worksheet asks)
        "index": "Indeks bukti dukung",
        "link": "Tautan bukti dukung",
        "files": "Berkas bukti",
        "index_note": (
            "Satu tautan per pertanyaan, untuk kolom bukti dukung lembar kerja: berkasnya bila buktinya "
            "satu, atau folder yang memuat semua berkas bukti bila lebih dari satu. Tautan "
            "relatif terhadap laporan ini: simpan folder laporan di samping folder bukti."
        ),
        "no": "No.",
        "soal": "No.",
        "answer_type": "Jenis jawaban",
        "criteria": "Kriteria jawaban",
        "message": "Keterangan",
        "id": "ID",
        "folder": "folder",
        "more_files": "+{n} berkas",
        "component": "Komponen",
        "sub_component": "Sub komponen",
        "area_of_change": "Area perubahan",
        "sub_area": "Sub area",
        "evidence_n": "Bukti {n}",
        "text_source": "Sumber teks",
        "format": "Format",
        "pages": "Halaman",
        "title": "Judul",
        "number": "Nomor",
        "date": "Tanggal",
        "units": "Unit yang disebut",
        "reason": "Alasan",
        "sheet_lke": "Lembar kerja",
        "sheet_documents": "Dokumen",
        "sheet_score": "Nilai",
        "sheet_changes": "Perubahan",
        "filter_status": "Tampilkan status",
        "filter_change": "Tampilkan perubahan",
        "all": "Semua",
        "gaps_only": "Hanya kesenjangan",
        "shown": "ditampilkan",
        "of": "dari",
        "score_total": "Jumlah",
        "legend_bound": "batas atas dengan bukti yang ada",
        "legend_minimum": "minimum {target}",
        "legend_weight": "bobot maksimum",
        "none": "—",
        "text_sources": {"text": "lapisan teks", "ocr": "OCR"},
        "biggest_gaps": "Kesenjangan terbesar (bobot yang dipertaruhkan)",
        "claims": "Klaim lembar kerja unit",
        "claimed": "Jawaban unit",
        "supported": "Didukung bukti",
        "findings": "Temuan",
        "self_assessed": "Penilaian mandiri",
        "supported_score": "Didukung bukti",
        "claims_note": "Dibaca dari {file} ({layout}, lembar «{sheet}»).",
        "row": "Baris",
        "claims_ok": "Semua klaim sesuai dengan bukti.",
        "claims_count": "{n} dari {total} pertanyaan memiliki temuan pada klaimnya.",
        "layouts": {"lke_form": "formulir LKE ZI", "portalrb": "lembar jawaban PortalRB"},
        "misfiled": "Bukti yang salah letak",
        "filed_under": "Diletakkan di",
        "belongs": "Bukti untuk",
        "formality": "Catatan formalitas (saran)",
        "advice": "Saran",
        "scores": "Nilai: penilaian mandiri dan yang didukung bukti",
        "tpi_answer": "Jawaban didukung bukti",
        "tpi_findings": "Temuan zi-check",
        "tpi_evidence": "Bukti ditemukan",
        "tpi_note": "Usulan catatan evaluator",
        "tpi_ok": "Jawaban sesuai dengan bukti dukung.",
        "tpi_lower": "Bukti dukung mendukung jawaban {supported}, bukan {answer}.",
    },
    "en": {
        "report_title": "Evidence Gap Report",
        "supported_note": "The score of the answers the documents support.",
        "self_assessed_note": "The score of the unit's worksheet answers: Enablers plus Results from the survey scores the unit gave.",
        "self_assessed_note_enablers": "The score of the unit's worksheet answers: Enablers only (Results cannot be computed).",
        "unit": "Unit",
        "aliases": "Also known as",
        "parent": "Parent institution",
        "year": "Evaluation year",
        "target": "Target",
        "rules": "Rule pack",
        "generated": "Generated",
        "summary": "Summary",
        "area": "Area",
        "requirements": "Requirements",
        "total": "Total",
        "documents": "Documents",
        "file": "File",
        "status": "Status",
        "kind": "Kind",
        "years": "Years",
        "note": "Note",
        "question": "Question",
        "evidence": "Evidence",
        "problems": "Near misses",
        "page": "p.",
        "file_name": "file name",
        "warnings": "Warnings about the folder",
        "docs_read": "Documents read",
        "docs_not_read": "Documents not read",
        "verdict_ok": "Every requirement is met.",
        "verdict_gaps": "{gaps} of {total} requirements are not met.",
        "position": "Position",
        "weight": "Weight",
        "doc_status": {
            "ok": "read",
            "empty": "empty",
            "encrypted": "password-protected",
            "corrupt": "corrupt",
            "unsupported": "unsupported format",
            "too_large": "too large",
            "timeout": "timed out",
        },
        "ocr": "OCR",
        "score": "Score at risk (upper bound)",
        "max": "Weight",
        "bound": "Upper bound",
        "minimum": "{target} minimum",
        "ok": "enough",
        "below": "below the minimum",
        "areas_below": "Areas that cannot reach the {target} minimum with the evidence found: {areas}.",
        "target_reachable": "With the evidence found, the {target} minimums can still be reached.",
        # what changed (--baseline)
        "changes": "Changes since the previous report",
        "change": "Change",
        "previous": "Previous",
        "compared_with": "Compared with the report generated {when}.",
        "dropped": "No longer in the rule pack",
        # the evidence index (one link per question, as the LKE worksheet asks)
        "index": "Evidence index",
        "link": "Evidence link",
        "files": "Evidence files",
        "index_note": (
            "One link per question, for the worksheet's evidence column: the file when there is one, "
            "or the folder holding all of them when there are several. Links are relative to "
            "this report: keep the reports folder next to the evidence folder."
        ),
        "no": "No.",
        "soal": "No.",
        "answer_type": "Answer type",
        "criteria": "Answer criteria",
        "message": "Message",
        "id": "ID",
        "folder": "folder",
        "more_files": "+{n} files",
        "component": "Component",
        "sub_component": "Sub-component",
        "area_of_change": "Area of change",
        "sub_area": "Sub-area",
        "evidence_n": "Evidence {n}",
        "text_source": "Text source",
        "format": "Format",
        "pages": "Pages",
        "title": "Title",
        "number": "Number",
        "date": "Date",
        "units": "Units named",
        "reason": "Reason",
        "sheet_lke": "Worksheet",
        "sheet_documents": "Documents",
        "sheet_score": "Score",
        "sheet_changes": "Changes",
        "filter_status": "Show status",
        "filter_change": "Show change",
        "all": "All",
        "gaps_only": "Gaps only",
        "shown": "shown",
        "of": "of",
        "score_total": "Total",
        "legend_bound": "upper bound with the evidence found",
        "legend_minimum": "{target} minimum",
        "legend_weight": "maximum weight",
        "none": "—",
        "text_sources": {"text": "text layer", "ocr": "OCR"},
        "biggest_gaps": "Biggest gaps (weight at stake)",
        "claims": "The unit's worksheet claims",
        "claimed": "Unit's answer",
        "supported": "Supported",
        "findings": "Findings",
        "self_assessed": "Self-assessed",
        "supported_score": "Supported by evidence",
        "claims_note": "Read from {file} ({layout}, sheet «{sheet}»).",
        "row": "Row",
        "claims_ok": "Every claim agrees with the evidence.",
        "claims_count": "{n} of {total} questions have findings on their claim.",
        "layouts": {"lke_form": "LKE ZI form", "portalrb": "PortalRB answer sheet"},
        "misfiled": "Misfiled evidence",
        "filed_under": "Filed under",
        "belongs": "Evidence for",
        "formality": "Formality notes (advice)",
        "advice": "Advice",
        "scores": "Score: self-assessed and supported by evidence",
        "tpi_answer": "Supported answer",
        "tpi_findings": "zi-check findings",
        "tpi_evidence": "Evidence found",
        "tpi_note": "Proposed evaluator's note",
        "tpi_ok": "The answer agrees with the evidence.",
        "tpi_lower": "The evidence supports answer {supported}, not {answer}.",
    },
}

CHANGE = {
    "id": {
        "new_gap": "Kesenjangan baru",
        "resolved": "Teratasi",
        "still_open": "Masih terbuka",
        "unchanged": "Tidak berubah",
    },
    "en": {"new_gap": "New gap", "resolved": "Resolved", "still_open": "Still open", "unchanged": "Unchanged"},
}

_REASONS = {
    "id": {
        "other_kind": "dokumen berjenis {kind_label}, bukan jenis yang diterima untuk persyaratan ini",
        "no_unit": "tidak menyebut unit kerja yang dievaluasi",
        "other_unit": "menyebut unit lain: {units}",
        "no_year": "tidak memuat tanggal atau tahun; tahun evaluasi {year}",
        "suspect_year": "tahun hasil OCR «{found}» jauh setelah tahun evaluasi {year}, kemungkinan salah baca; periksa pindaiannya",
        "not_year": "{basis_words} {found}; tahun evaluasi {year}",
        "not_previous_year": "{basis_words} {found}; yang diminta tahun {expected}",
        "not_covering": "{basis_words} {found}, tidak mencakup tahun evaluasi {year}",
        "not_in_force": "{basis_words} {found}; harus sudah berlaku pada tahun {year}",
        "unreadable": "tidak dapat dibaca ({error})",
        "expired": "masa berlakunya sudah berakhir («{until}»); tahun evaluasi {year}",
        "superseded": "telah diubah atau dicabut oleh {by}",
        "not_mentioned": "isinya tidak memuat yang dibutuhkan ({words})",
        "too_few": "hanya {found} dari {needed} dokumen yang dibutuhkan",
        "misfiled": "diletakkan di folder pertanyaan ini, tetapi merupakan bukti untuk {proves}",
    },
    "en": {
        "other_kind": "a document of kind {kind_label}, which this requirement does not accept",
        "no_unit": "does not name the unit under evaluation",
        "other_unit": "names another unit: {units}",
        "no_year": "states no date or year; the evaluation year is {year}",
        "suspect_year": "OCR read the year «{found}», well after the evaluation year {year}: likely a misread; check the scan",
        "not_year": "{basis_words} {found}; the evaluation year is {year}",
        "not_previous_year": "{basis_words} {found}; the year before the evaluation, {expected}, is needed",
        "not_covering": "{basis_words} {found}, which does not cover the evaluation year {year}",
        "not_in_force": "{basis_words} {found}; it must be in force in {year}",
        "unreadable": "cannot be read ({error})",
        "expired": "no longer in force in {year} («{until}»)",
        "superseded": "amended or revoked by {by}",
        "not_mentioned": "its text does not say what is needed ({words})",
        "too_few": "only {found} of the {needed} documents needed",
        "misfiled": "filed under this question, but it is evidence for {proves}",
    },
}

_DOUBTS = {
    "id": {
        "impossible_date": "tanggal «{quote}» tidak ada di kalender (hlm. {page}); periksa dokumennya",
        "suspect_year": "tahun «{quote}» (hlm. {page}) hasil OCR, kemungkinan salah baca; periksa pindaiannya",
    },
    "en": {
        "impossible_date": "the date «{quote}» is no day of the calendar (p. {page}); check the document",
        "suspect_year": "the year «{quote}» (p. {page}) was read by OCR and is likely a misread; check the scan",
    },
}

_BASIS = {
    "id": {
        "title_range": "periode pada judul",
        "title_year": "tahun pada judul",
        "date": "bertanggal",
        "number": "tahun pada nomor",
        "field": "tahun yang dinyatakannya",
        "": "tahun",
    },
    "en": {
        "title_range": "its title's period is",
        "title_year": "its title names",
        "date": "dated",
        "number": "its number's year is",
        "field": "it states the year",
        "": "about",
    },
}

_MESSAGES = {
    "id": {
        ReqStatus.MET: "Terpenuhi oleh {n} dokumen: {paths}.",
        ReqStatus.PARTIAL: "Bukti mendukung jawaban {supported} ({paths}); jawaban {next} memerlukan lebih: {detail}.",
        ReqStatus.WRONG_YEAR: "Dokumen yang sesuai ada, tetapi untuk tahun atau periode lain: {detail}.",
        ReqStatus.WRONG_UNIT: "Dokumen yang sesuai ada, tetapi atas nama unit lain: {detail}.",
        ReqStatus.UNREADABLE: "Satu-satunya kandidat tidak dapat dibaca: {detail}.",
        ReqStatus.MISSING: "Tidak ditemukan dokumen bukti.",
    },
    "en": {
        ReqStatus.MET: "Met by {n} document(s): {paths}.",
        ReqStatus.PARTIAL: "The evidence supports answer {supported} ({paths}); answer {next} needs more: {detail}.",
        ReqStatus.WRONG_YEAR: "A matching document exists, but for another year or period: {detail}.",
        ReqStatus.WRONG_UNIT: "A matching document exists, but for another unit: {detail}.",
        ReqStatus.UNREADABLE: "The only candidates cannot be read: {detail}.",
        ReqStatus.MISSING: "No evidence document found.",
    },
}
_PROVIDE = {"id": " Sediakan: {hint}.", "en": " Provide: {hint}."}
_NOTHING_MORE = {"id": "tidak ada dokumen yang mendekati", "en": "no document comes close"}
_BASIS_ANSWER = {
    "id": {
        "top": "Jawaban {supported}: {n} dokumen memenuhi kriterianya ({paths}).",
        "lower": "Jawaban {supported}: {n} dokumen memenuhi kriterianya ({paths}); jawaban {next} belum.",
        "none": "Jawaban {supported}: tidak ada dokumen yang memenuhi kriteria jawaban yang lebih baik.",
        "number": "Angka {number} tidak dapat ditentukan dari dokumen.",
    },
    "en": {
        "top": "Answer {supported}: {n} document(s) meet its criteria ({paths}).",
        "lower": "Answer {supported}: {n} document(s) meet its criteria ({paths}); answer {next} is not met yet.",
        "none": "Answer {supported}: no document meets the criteria of a better answer.",
        "number": "The number ({number}) cannot be told from the documents.",
    },
}


_CLAIMS: dict[str, dict[str, Any]] = {
    "id": {
        "claim_exceeds_evidence": "jawaban {answer} melebihi yang didukung bukti (jawaban {supported})",
        "no_answer": "pertanyaan ini tidak dijawab di lembar kerja",
        "invalid_answer": "jawaban «{answer}» bukan salah satu pilihan pertanyaan ini ({options})",
        "no_reference": "jawaban {answer} tanpa rujukan bukti dukung",
        "reference_not_found": "«{reference}» tidak ditemukan di folder bukti",
        "reference_not_evidence": {
            "other_question": "«{reference}» bukan bukti pertanyaan ini; berkas itu bukti untuk {questions}",
            "unreadable": "«{reference}» tidak dapat dibaca",
            "none": "«{reference}» bukan bukti untuk pertanyaan ini",
            "folder": "tidak ada dokumen di folder «{reference}» yang menjadi bukti pertanyaan ini",
            "near": "«{reference}» bukan bukti pertanyaan ini: {reason}",
        },
        "reference_unverifiable": {
            "url": "«{reference}» adalah tautan daring; tidak dapat diperiksa tanpa internet (perlu diperiksa manual)",
            "outside": "«{reference}» berada di luar folder bukti; perlu diperiksa manual",
        },
        "reference_reused": "«{reference}» juga satu-satunya rujukan untuk {questions}, yang memerlukan dokumen lain",
    },
    "en": {
        "claim_exceeds_evidence": "answer {answer} is better than the evidence supports (answer {supported})",
        "no_answer": "the worksheet does not answer this question",
        "invalid_answer": "«{answer}» is not one of this question's options ({options})",
        "no_reference": "answer {answer} is claimed without a reference to its evidence",
        "reference_not_found": "«{reference}» is not in the evidence folder",
        "reference_not_evidence": {
            "other_question": "«{reference}» is not evidence for this question; it is evidence for {questions}",
            "unreadable": "«{reference}» cannot be read",
            "none": "«{reference}» is not evidence for this question",
            "folder": "no document in the folder «{reference}» is evidence for this question",
            "near": "«{reference}» is not evidence for this question: {reason}",
        },
        "reference_unverifiable": {
            "url": "«{reference}» is an online link; it cannot be checked offline (needs review by hand)",
            "outside": "«{reference}» is outside the evidence folder; needs review by hand",
        },
        "reference_reused": "«{reference}» is also the only reference of {questions}, which need other documents",
    },
}
_FORMALITY = {
    "id": {
        "draft_format": "hanya tersimpan sebagai {quote}: konsep sampai ditandatangani; lampirkan PDF atau pindaian yang bertanda tangan",
        "no_number": "tidak bernomor",
        "no_date": "tidak bertanggal",
        "unsigned": "tidak ditemukan blok tanda tangan",
        "placeholder": "teks templat tertinggal: «{quote}» (hlm. {page})",
    },
    "en": {
        "draft_format": "kept only as {quote}: a draft until signed; add the signed PDF or scan",
        "no_number": "has no number",
        "no_date": "has no date",
        "unsigned": "no signature block found",
        "placeholder": "template text left in: «{quote}» (p. {page})",
    },
}


def claim_detail(finding: ClaimFinding, lang: str, kind_labels: dict[str, str] | None = None) -> str:
    """A claim finding in words."""
    params = dict(finding.params)
    template = _CLAIMS[lang][finding.code]
    if isinstance(template, dict):
        why = params.get("why", "none")
        if finding.code == "reference_not_evidence" and why not in template:
            reason = params.get("detail", "")
            near = Problem(params.get("reference", ""), ReqStatus(why), reason, finding.params)
            params["reason"] = problem_detail(near, lang, kind_labels or {}) if reason in _REASONS[lang] else why
            why = "near"
        template = template[why]
    return template.format_map(_Default(params))


def evaluator_note(result: RequirementResult, claim: Claim | None, lang: str, kind_labels: dict[str, str]) -> str:
    """A proposed evaluator's note: whether the claimed answer stands, why not, and what is missing."""
    w = WORDS[lang]
    parts = []
    if claim is not None and claim.answer is not None and claim.answer != result.supported and result.supported:
        parts.append(w["tpi_lower"].format(supported=result.supported, answer=claim.answer))
    elif claim is not None and claim.answer is not None and not claim.findings:
        parts.append(w["tpi_ok"])
    parts.append(message(result, lang, kind_labels))
    if claim is not None:
        parts += [
            claim_detail(f, lang, kind_labels).capitalize() + "."
            for f in claim.findings
            if f.code not in ("claim_exceeds_evidence", "no_answer")
        ]
    return " ".join(parts)


def formality_text(note: Formality, lang: str) -> str:
    return _FORMALITY[lang][note.code].format(quote=note.quote, page=note.page or "")


def answer_basis(result: RequirementResult, lang: str) -> str:
    """Which documents support the supported answer, and whether a better one is in reach."""
    rule = result.rule
    paths = ", ".join(e.path for e in result.evidence)
    if not rule.options:
        key = "number"
    elif result.supported == rule.option_keys[0]:
        key = "top"
    elif result.status is ReqStatus.PARTIAL:
        key = "lower"
    else:
        key = "none"
    return _BASIS_ANSWER[lang][key].format(
        supported=result.supported or "",
        next=result.next_option or "",
        n=len(result.evidence),
        paths=paths,
        number=rule.number or "",
    )


def kind_labels(pack: RulePack, lang: str) -> dict[str, str]:
    """Each document kind of the pack by its name, in the language."""
    return {k.name: k.label.get(lang) for k in pack.kinds}


def words(lang: str, pack: RulePack | None = None) -> dict:
    """The reports' words; a pack's own names for a rule's position, number and question (the
    LKE's "Posisi LKE", "No. soal") and for what its supported score counts replace the plain ones."""
    if pack is None:
        return WORDS[lang]
    own = {key: pack.labels[label].get(lang) for key, label in _PACK_LABELS.items() if label in pack.labels}
    if pack.scoring is not None and pack.scoring.supported_note is not None:
        own["supported_note"] = pack.scoring.supported_note.get(lang)
    return {**WORDS[lang], **own}


# word of the reports -> the pack's label that replaces it
_PACK_LABELS = {
    "position": "position",
    "soal": "number",
    "question": "question",
    "sheet_lke": "worksheet",
    "report_title": "report_title",
}


def status_label(status: ReqStatus, lang: str) -> str:
    return STATUS[lang][status]


def change_label(change: str, lang: str) -> str:
    """The words for a change since the baseline (``new_gap``, ``resolved``, ...)."""
    return CHANGE[lang][str(change)]


def problem_detail(problem: Problem, lang: str, kind_labels: dict[str, str]) -> str:
    params = dict(problem.params)
    params["basis_words"] = _BASIS[lang].get(params.get("basis", ""), _BASIS[lang][""])
    kind = params.get("kind", "")
    params["kind_label"] = kind_labels.get(kind, kind) or ("tidak dikenal" if lang == "id" else "unknown")
    return _REASONS[lang][problem.reason].format_map(_Default(params))


def doubt_text(doubt: Doubt, lang: str) -> str:
    """A doubt about a document's dates, in words."""
    return _DOUBTS[lang][doubt.code].format(quote=doubt.quote, page=doubt.page)


def message(result: RequirementResult, lang: str, kind_labels: dict[str, str]) -> str:
    template = _MESSAGES[lang][result.status]
    if result.status is ReqStatus.MET:
        paths = ", ".join(e.path for e in result.evidence)
        return template.format(n=len(result.evidence), paths=paths)
    shown = [p for p in result.problems if p.status is result.status] or list(result.problems)
    detail = "; ".join(f"{p.path}: {problem_detail(p, lang, kind_labels)}" for p in shown[:2])
    if result.status is ReqStatus.PARTIAL and not detail:
        detail = _NOTHING_MORE[lang]
    text = template.format(
        detail=detail,
        supported=result.supported or "",
        next=result.next_option or "",
        paths=", ".join(e.path for e in result.evidence),
    )
    if result.status is ReqStatus.MISSING and shown:
        text = text[:-1] + f" ({detail})."
    if result.rule.hint is not None and result.status is not ReqStatus.MET:
        text += _PROVIDE[lang].format(hint=result.rule.hint.get(lang).rstrip("."))
    return text


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""

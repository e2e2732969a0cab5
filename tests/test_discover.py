"""Discovery: which files a scan sees, their relative paths and hashes, and folder warnings."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from checker.discover import discover, sha256_of
from checker.model import FolderWarning, SourceFile
from tests.docgen import Dir, Symlink, make_corpus


def run(root: Path) -> tuple[list[SourceFile], list[FolderWarning]]:
    warnings: list[FolderWarning] = []
    files = list(discover(root, warnings))
    return files, warnings


def paths(root: Path) -> list[str]:
    return [f.path for f in run(root)[0]]


def test_relative_paths_use_slashes(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"1 Manajemen Perubahan/a/SK Agen.txt": "x"})
    assert paths(tmp_path) == ["1 Manajemen Perubahan/a/SK Agen.txt"]


def test_source_file_fields(tmp_path: Path) -> None:
    data = b"KEPUTUSAN DEPUTI\n" * 100
    make_corpus(tmp_path, {"sub/sk.txt": data})
    [source] = run(tmp_path)[0]
    st = (tmp_path / "sub" / "sk.txt").stat()
    assert (
        source.path,
        source.abspath,
        source.size,
        source.mtime_ns,
        source.inode,
        source.format,
    ) == (
        "sub/sk.txt",
        tmp_path.resolve() / "sub" / "sk.txt",
        len(data),
        st.st_mtime_ns,
        st.st_ino,
        "txt",
    )
    assert sha256_of(source.abspath) == hashlib.sha256(data).hexdigest()


def test_format_is_lower_case_suffix(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"A.PDF": b"x", "noext": b"x", "arsip.tar.GZ": b"x"})
    assert {f.path: f.format for f in run(tmp_path)[0]} == {
        "A.PDF": "pdf",
        "arsip.tar.GZ": "gz",
        "noext": "",
    }


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    make_corpus(
        tmp_path,
        {
            ".hidden.pdf": b"x",
            ".git/config": b"x",
            "bukti/.DS_Store": b"x",
            "bukti/.~lock.sk.docx#": b"x",
            "bukti/sk.pdf": b"x",
        },
    )
    assert paths(tmp_path) == ["bukti/sk.pdf"]


def test_profile_at_root_is_skipped_but_not_in_subfolders(tmp_path: Path) -> None:
    make_corpus(
        tmp_path, {"zi-check.toml": "year = 2021\n", "sub/zi-check.toml": "x", "sk.pdf": b"x"}
    )
    assert paths(tmp_path) == ["sk.pdf", "sub/zi-check.toml"]


def test_order_is_sorted_and_stable(tmp_path: Path) -> None:
    make_corpus(
        tmp_path,
        {
            "b.pdf": b"x",
            "A.pdf": b"x",
            "z/1.pdf": b"x",
            "a/2.pdf": b"x",
            "a/10.pdf": b"x",
            "a/b/c.pdf": b"x",
        },
    )
    expected = ["A.pdf", "b.pdf", "a/10.pdf", "a/2.pdf", "a/b/c.pdf", "z/1.pdf"]
    assert paths(tmp_path) == expected
    assert paths(tmp_path) == expected


def test_empty_folder_gives_nothing(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"kosong": Dir()})
    assert run(tmp_path) == ([], [])


def test_symlink_to_file_inside_is_kept(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"arsip/sk.txt": "isi", "terbaru.txt": Symlink("arsip/sk.txt")})
    files, warnings = run(tmp_path)
    assert [(f.path, sha256_of(f.abspath)) for f in files] == [
        ("terbaru.txt", hashlib.sha256(b"isi").hexdigest()),
        ("arsip/sk.txt", hashlib.sha256(b"isi").hexdigest()),
    ]
    assert warnings == []


def test_symlink_leaving_folder_is_skipped_with_warning(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("rahasia")
    root = make_corpus(tmp_path / "corpus", {"sk.txt": "x", "bocor.txt": Symlink(str(outside))})
    files, warnings = run(root)
    assert [f.path for f in files] == ["sk.txt"]
    assert warnings == [FolderWarning("bocor.txt", "link leaves the scanned folder; not followed")]


def test_folder_symlink_leaving_folder_is_skipped_with_warning(tmp_path: Path) -> None:
    make_corpus(tmp_path / "elsewhere", {"x.txt": "x"})
    root = make_corpus(
        tmp_path / "corpus", {"sk.txt": "x", "lain": Symlink(str(tmp_path / "elsewhere"))}
    )
    files, warnings = run(root)
    assert [f.path for f in files] == ["sk.txt"]
    assert warnings == [FolderWarning("lain", "link leaves the scanned folder; not followed")]


def test_folder_symlink_inside_is_skipped_quietly(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"a/sk.txt": "x", "a/lagi": Symlink("..")})
    files, warnings = run(tmp_path)
    assert ([f.path for f in files], warnings) == (["a/sk.txt"], [])


def test_link_loop_is_warned(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"a.txt": Symlink("b.txt"), "b.txt": Symlink("a.txt"), "sk.txt": "x"})
    files, warnings = run(tmp_path)
    assert [f.path for f in files] == ["sk.txt"]
    assert warnings == [
        FolderWarning("a.txt", "link is broken or loops; not followed"),
        FolderWarning("b.txt", "link is broken or loops; not followed"),
    ]


def test_broken_link_is_warned(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"hilang.pdf": Symlink("tidak-ada.pdf")})
    assert run(tmp_path) == (
        [],
        [FolderWarning("hilang.pdf", "link is broken or loops; not followed")],
    )


def test_non_utf8_file_name_is_shown_with_replacement_and_warned(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"SK caf\xe9 2021.txt")
    with open(raw, "wb") as fh:
        fh.write(b"isi")
    files, warnings = run(tmp_path)
    assert [(f.path, sha256_of(f.abspath)) for f in files] == [
        ("SK caf\ufffd 2021.txt", hashlib.sha256(b"isi").hexdigest())
    ]
    assert files[0].abspath.read_bytes() == b"isi"  # the real name still opens the file
    assert warnings == [
        FolderWarning("SK caf\ufffd 2021.txt", "file name is not valid UTF-8; shown with U+FFFD")
    ]


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"sk.txt": "x"})
    os.mkfifo(tmp_path / "pipe.pdf")
    assert paths(tmp_path) == ["sk.txt"]  # and the scan did not hang reading the pipe


def test_discover_writes_nothing(tmp_path: Path) -> None:
    from tests.docgen import tree_snapshot

    make_corpus(tmp_path, {"a/sk.txt": "x", ".h": "x", "l.txt": Symlink("a/sk.txt")})
    before = tree_snapshot(tmp_path)
    run(tmp_path)
    assert tree_snapshot(tmp_path) == before


def test_zi_checkignore_patterns_skip_files_and_folders(tmp_path: Path) -> None:
    make_corpus(
        tmp_path,
        {
            ".zi-checkignore": "*.tmp\ndraf/\nlama/*.pdf\n",
            "sk.pdf": b"x",
            "catatan.tmp": b"x",
            "draf/sk.pdf": b"x",
            "lama/sk.pdf": b"x",
            "lama/sk.docx": b"x",
            "sub/draf/x.pdf": b"x",
        },
    )
    assert paths(tmp_path) == ["sk.pdf", "lama/sk.docx"]


AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(AS_ROOT, reason="root can read any folder")
def test_unreadable_folder_is_warned_and_the_rest_is_scanned(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"rahasia/sk.txt": "x", "sk.txt": "y"})
    (tmp_path / "rahasia").chmod(0)
    try:
        files, warnings = run(tmp_path)
    finally:
        (tmp_path / "rahasia").chmod(0o755)
    assert ([f.path for f in files], warnings) == (
        ["sk.txt"],
        [FolderWarning("rahasia", "folder cannot be read: Permission denied")],
    )


@pytest.mark.skipif(AS_ROOT, reason="root can read any folder")
def test_folder_that_cannot_be_entered_is_warned_not_raised(tmp_path: Path) -> None:
    make_corpus(tmp_path, {"arsip/sk.txt": "x", "arsip/lama/sk.txt": "x", "sk.txt": "y"})
    (tmp_path / "arsip").chmod(0o444)
    try:
        files, warnings = run(tmp_path)
    finally:
        (tmp_path / "arsip").chmod(0o755)
    assert [f.path for f in files] == ["sk.txt"]
    assert any(w.path.startswith("arsip") for w in warnings)

"""`export tracker` writes a PDF when asked, for everyone or one file per agency."""

from __future__ import annotations

from circulation_helpers import cli, pdf_pages


def test_tracker_and_per_agency_trackers_as_pdf(database, tmp_path):
    out = tmp_path / "tracker.pdf"
    folder = tmp_path / "agencies"
    done = cli(
        "export", "tracker", "--database", str(database), "-o", str(out), "--area", "Arboretum",
        "--per-agency", str(folder), "--format", "pdf", "--marking", "official-sensitive",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "Action tracker: Arboretum" in pdf_pages(out)[0]
    written = sorted(folder.iterdir())
    assert written and all(p.suffix == ".pdf" and "OFFICIAL-SENSITIVE" in p.name for p in written)
    assert all(page.count("OFFICIAL-SENSITIVE") >= 2 for page in pdf_pages(written[0]))

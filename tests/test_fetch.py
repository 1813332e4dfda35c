"""`portrait-ia data fetch` against a real HTTP server on 127.0.0.1 playing Données Québec (CKAN).

Every bad download must leave the data file and the index exactly as they were (exit 2, one
clear line); a good one replaces the file, keeps the old one, and reindexes only changed rows.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.register.fetch import FetchError, Resource, ckan_api_url
from assistant.register.load import load_register
from assistant.vectors.build import MANIFEST, build_index
from tests.conftest import FULL_REGISTER

SLUG = "portrait-public-des-utilisations-de-l-ia-dans-l-administration-publique-quebecoise"
GOOD = FULL_REGISTER.read_bytes()


def _one_row_changed() -> bytes:
    """The register with the benefits of its first data row reworded (one row changes)."""
    register = load_register(FULL_REGISTER)
    benefit = register.row(1)["benefits"]
    assert benefit and GOOD.count(benefit.encode()) == 1
    return GOOD.replace(benefit.encode(), (benefit + " Gain mesuré en 2026.").encode())


NEW = _one_row_changed()
HTML = b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Service indisponible</body></html>"
MOJIBAKE = (
    GOOD.decode("utf-8-sig").encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
)
UTF16_NO_BOM = GOOD.decode("utf-8-sig").encode("utf-16-le")
CUT_IN_QUOTES = GOOD[: GOOD.rindex(b'"', 0, len(GOOD) - 40) + 5]  # ends inside a quoted benefit
NOT_A_REGISTER = "Nom,Catégorie,Statut\nProjet,Automatisation,Solution en production\n".encode()


class Site:
    """Routes path -> (status, headers, body, how): 'cut' sends half of a Content-Length."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes, str]] = {}
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def serve(
        self, path: str, body: bytes, status: int = 200, ctype: str = "text/csv", how: str = ""
    ) -> str:
        self.routes[path] = (status, {"Content-Type": ctype}, body, how)
        return self.url + path

    def ckan(self, resources: list[dict]) -> str:
        """A package_show answer listing `resources`; returns the dataset page URL."""
        package = {"success": True, "result": {"name": SLUG, "resources": resources}}
        self.serve(
            f"/recherche/api/3/action/package_show?id={SLUG}",
            json.dumps(package).encode(),
            ctype="application/json",
        )
        return f"{self.url}/recherche/dataset/{SLUG}"

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path not in site.routes:
                    self.send_error(404, "Not Found")
                    return
                status, headers, body, how = site.routes[self.path]
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if how != "no-length":
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2] if how == "cut" else body)
                self.close_connection = True

            def log_message(self, *args) -> None:
                pass

        return Handler


@pytest.fixture(scope="module")
def site():
    s = Site()
    yield s
    s.server.shutdown()
    s.server.server_close()


@pytest.fixture(scope="module")
def built_index(embedder, tmp_path_factory):
    """An index of the bundled register, built once; each test works on a copy."""
    folder = tmp_path_factory.mktemp("fetch-index") / "index"
    build_index(load_register(FULL_REGISTER), embedder, folder, progress=False)
    return folder


@pytest.fixture
def workdir(tmp_path, built_index):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FULL_REGISTER, data / FULL_REGISTER.name)
    shutil.copytree(built_index, tmp_path / "index")
    return tmp_path


def _resource(url: str, name: str = "Portrait 2025 (CSV)", fmt: str = "CSV", **extra) -> dict:
    return {"url": url, "name": name, "format": fmt, **extra}


def _run(workdir: Path, page: str, *extra: str) -> int:
    argv = [
        "data",
        "fetch",
        "--dataset-url",
        page,
        "--data",
        str(workdir / "data" / FULL_REGISTER.name),
        "--index-dir",
        str(workdir / "index"),
        "--quiet",
        "--timeout",
        "5",
        *extra,
    ]
    return main(argv)


def _state(workdir: Path) -> tuple[bytes, bytes, list[str]]:
    data = workdir / "data"
    return (
        (data / FULL_REGISTER.name).read_bytes(),
        (workdir / "index" / MANIFEST).read_bytes(),
        sorted(p.name for p in data.iterdir()),
    )


BAD = {
    # name: (body, status, content type, how, CKAN extras, words the message must hold)
    "truncated": (GOOD, 200, "text/csv", "cut", {}, "truncated: received"),
    "cut-mid-record": (CUT_IN_QUOTES, 200, "text/csv", "no-length", {}, "cut mid-record"),
    "utf16-no-bom": (UTF16_NO_BOM, 200, "text/csv", "", {}, "UTF-16 without a byte-order mark"),
    "mojibake": (MOJIBAKE, 200, "text/csv", "", {}, "garbled"),
    "html": (HTML, 200, "text/html", "", {}, "sent a web page"),
    "html-as-csv": (HTML, 200, "text/csv", "", {}, "sent a web page"),
    "404": (b"", 404, "text/plain", "", {}, "HTTP 404"),
    "500": (b"boom", 500, "text/plain", "", {}, "HTTP 500"),
    "hash-mismatch": (
        NEW,
        200,
        "text/csv",
        "",
        {"hash": "sha256:" + "0" * 64},
        "sha256 checksum mismatch",
    ),
    "md5-mismatch": (NEW, 200, "text/csv", "", {"hash": "0" * 32}, "md5 checksum mismatch"),
    "size-mismatch": (NEW, 200, "text/csv", "", {"size": len(NEW) + 7}, "the dataset page gives"),
    "not-a-register": (NOT_A_REGISTER, 200, "text/csv", "", {}, "not a usable register: "),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_download_changes_nothing(case, site, workdir, capsys):
    body, status, ctype, how, extras, words = BAD[case]
    url = site.url + f"/files/{case}/portrait-2025.csv"
    if status != 404:
        site.serve(f"/files/{case}/portrait-2025.csv", body, status, ctype, how)
    page = site.ckan([_resource(url, **extras)])
    before = _state(workdir)
    assert _run(workdir, page) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "fix" in err.lower(), err
    assert err.count("\n") == 0 and err.startswith("portrait-ia data fetch: error:"), err
    assert _state(workdir) == before  # data bytes, index manifest, no staging folder left


def test_good_download_replaces_the_file_reindexes_incrementally_and_keeps_the_old_one(
    site, workdir, capsys
):
    url = site.serve("/files/good/portrait-ia-2025.csv", NEW)
    dictionary = _resource(site.url + "/files/dictionnaire.pdf", "Dictionnaire de données", "PDF")
    page = site.ckan(
        [
            _resource(url, hash="sha256:" + hashlib.sha256(NEW).hexdigest(), size=len(NEW)),
            dictionary,
        ]
    )
    old_store = json.loads((workdir / "index" / MANIFEST).read_text())["store"]
    assert _run(workdir, page) == 0
    out = capsys.readouterr().out
    data = workdir / "data"
    assert (data / FULL_REGISTER.name).read_bytes() == NEW
    assert (data / ".previous" / FULL_REGISTER.name).read_bytes() == GOOD
    manifest = json.loads((workdir / "index" / MANIFEST).read_text())
    assert (
        manifest["data_sha256"] == hashlib.sha256(NEW).hexdigest()
        and manifest["store"] != old_store
    )
    assert "258 -> 258 rows: 0 added, 0 removed, 1 changed" in out
    assert "(1 embedded, 257 reused, 0 removed)" in out, out
    assert hashlib.sha256(NEW).hexdigest()[:12] in out and "Dictionnaire" in out
    assert sorted(p.name for p in data.iterdir()) == [".previous", FULL_REGISTER.name]

    # Same bytes again: nothing to do, nothing touched.
    manifest_bytes = (workdir / "index" / MANIFEST).read_bytes()
    assert _run(workdir, page) == 0
    assert "Already up to date" in capsys.readouterr().out
    assert (workdir / "index" / MANIFEST).read_bytes() == manifest_bytes


def test_dry_run_checks_and_reports_but_writes_nothing(site, workdir, capsys):
    page = site.ckan([_resource(site.serve("/files/dry/portrait-ia-2025.csv", NEW))])
    before = _state(workdir)
    assert _run(workdir, page, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "dry run, nothing written" in out and "1 changed" in out
    assert _state(workdir) == before


def test_explicit_urls_skip_the_portal_and_years_sit_side_by_side(
    site, workdir, capsys, monkeypatch
):
    rows_2024 = GOOD.replace(
        b"Information indisponible", b"Information non disponible"
    )  # 2024 spelling
    u24 = site.serve("/dl/Portrait_IA_2024.csv", rows_2024)
    u25 = site.serve("/dl/Portrait_IA_2025.csv", GOOD)
    monkeypatch.setenv("PORTRAIT_IA_DATA_RESOURCES", f"{u25}, {u24}")
    page = "http://127.0.0.1:9/recherche/dataset/unreachable"  # never asked: the URLs are explicit
    assert _run(workdir, page, "--no-index") == 0
    out = capsys.readouterr().out
    data = workdir / "data"
    assert (data / "portrait-ia-2024.csv").read_bytes() == rows_2024 and "new file" in out
    assert (data / FULL_REGISTER.name).read_bytes() == GOOD and "unchanged" in out


def test_an_unreachable_portal_is_one_clear_line(workdir, capsys):
    assert _run(workdir, "http://127.0.0.1:9/recherche/dataset/x") == 2
    err = capsys.readouterr().err
    assert "cannot reach 127.0.0.1:9" in err and "--data PATH" in err


def test_a_file_over_the_size_cap_is_refused(site, workdir, capsys):
    page = site.ckan([_resource(site.serve("/files/big/portrait-ia-2025.csv", NEW))])
    assert _run(workdir, page, "--max-mb", "0.01") == 2
    assert "over the 0.01 MB cap" in capsys.readouterr().err


def test_a_page_that_is_not_ckan_is_named(site, workdir, capsys):
    site.serve(f"/recherche/api/3/action/package_show?id={SLUG}", HTML, ctype="text/html")
    assert _run(workdir, f"{site.url}/recherche/dataset/{SLUG}") == 2
    assert "did not answer as a CKAN package_show API" in capsys.readouterr().err


def test_ckan_api_url_and_file_names():
    page = f"https://www.donneesquebec.ca/recherche/dataset/{SLUG}"
    assert (
        ckan_api_url(page)
        == f"https://www.donneesquebec.ca/recherche/api/3/action/package_show?id={SLUG}"
    )
    assert ckan_api_url(page + "/resource/abc") == ckan_api_url(page)
    with pytest.raises(FetchError, match="not a CKAN dataset page"):
        ckan_api_url("https://www.donneesquebec.ca/recherche/")
    assert (
        Resource("https://x/y/portrait_2024.xlsx", "Portrait 2024", "xlsx").target("xlsx")
        == "portrait-ia-2024.xlsx"
    )
    assert (
        Resource("https://x/download/liste.csv", "Liste", "csv").target("csv")
        == "portrait-ia-liste.csv"
    )


def test_mojibake_sample_really_is_double_encoded():
    assert "Ã©" in MOJIBAKE.decode("utf-8") and codecs.BOM_UTF8 not in UTF16_NO_BOM[:3]


def _xlsx(csv_bytes: bytes) -> bytes:
    import csv
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_and_windows_1252_files_are_accepted_one_file_per_year(site, workdir, capsys):
    """CSV and XLSX of one year: the CSV is kept; an XLSX-only year is saved as .xlsx."""
    workbook = _xlsx(GOOD)
    page = site.ckan(
        [
            _resource(
                site.serve("/y/2024.xlsx", workbook, ctype="application/vnd.ms-excel"),
                "Portrait 2024",
                "XLSX",
            ),
            _resource(site.serve("/y/2025.xlsx", workbook), "Portrait 2025", "XLSX"),
            _resource(
                site.serve("/y/2025.csv", GOOD.decode("utf-8-sig").encode("cp1252")),
                "Portrait 2025",
                "CSV",
            ),
        ]
    )
    assert _run(workdir, page, "--no-index") == 0
    out = capsys.readouterr().out
    assert "skipped: Portrait 2025 (same year as Portrait 2025, CSV kept)" in out, out
    assert len(load_register(workdir / "data" / "portrait-ia-2024.xlsx")) == 258
    assert (workdir / "data" / FULL_REGISTER.name).read_bytes() == GOOD.decode("utf-8-sig").encode(
        "cp1252"
    )


def test_a_truncated_xlsx_is_refused(site, workdir, capsys):
    workbook = _xlsx(GOOD)
    page = site.ckan(
        [
            _resource(
                site.serve("/y/cut.xlsx", workbook[: len(workbook) // 2], how="no-length"),
                "Portrait 2025",
                "XLSX",
            )
        ]
    )
    before = _state(workdir)
    assert _run(workdir, page) == 2
    assert "XLSX workbook is damaged or truncated" in capsys.readouterr().err
    assert _state(workdir) == before


def test_out_dir_receives_the_files_and_the_index_is_left_alone(site, workdir, capsys):
    """Files fetched elsewhere are not what the assistant answers from: no reindex, a hint."""
    page = site.ckan([_resource(site.serve("/files/out/portrait-ia-2025.csv", NEW))])
    before = _state(workdir)
    assert _run(workdir, page, "--out", str(workdir / "official")) == 0
    out = capsys.readouterr().out
    assert (workdir / "official" / FULL_REGISTER.name).read_bytes() == NEW and "new file" in out
    assert "Index not rebuilt" in out and "portrait-ia index --data" in out
    assert _state(workdir) == before


def test_a_failed_reindex_keeps_the_old_file(site, workdir, capsys):
    page = site.ckan([_resource(site.serve("/files/noidx/portrait-ia-2025.csv", NEW))])
    before = _state(workdir)
    assert _run(workdir, page, "--embedder", "no-such-model") == 2
    assert "unknown embedder 'no-such-model'" in capsys.readouterr().err
    assert _state(workdir) == before


def _first_rows(path: Path, n: int) -> bytes:
    import csv
    import io

    records = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(records[: n + 1])
    return out.getvalue().encode()


def test_several_data_files_are_reindexed_together(site, workdir, capsys):
    """--data 2024 --data 2025: one index holds both files; unchanged 2025 rows are reused."""
    data = workdir / "data"
    rows_2024 = _first_rows(FULL_REGISTER.with_name("portrait-ia-2024.csv"), 5)
    (data / "portrait-ia-2024.csv").write_bytes(rows_2024)
    page = site.ckan([
        _resource(site.serve("/two/2024.csv", rows_2024), "Portrait 2024"),
        _resource(site.serve("/two/2025.csv", NEW), "Portrait 2025"),
    ])  # fmt: skip
    assert _run(workdir, page, "--data", str(data / "portrait-ia-2024.csv")) == 0  # and 2025
    out = capsys.readouterr().out
    # the index held 2025 only: the changed 2025 row and the 2024 rows are new, but 2 of these
    # 5 rows of 2024 have the text of a 2025 row (same initiative, unchanged): their vectors are reused
    assert "Index built: 263 rows (4 embedded, 259 reused, 0 removed)" in out, out
    assert "portrait-ia-2024.csv + portrait-ia-2025.csv" in out
    assert (data / FULL_REGISTER.name).read_bytes() == NEW


def test_one_file_per_year_french_first_then_csv():
    from assistant.register.fetch import _one_per_year

    offered = [
        Resource("https://x/portrait-2025-en.csv", "Portrait 2025 (EN)", "csv"),
        Resource("https://x/portrait-2025.xlsx", "Portrait 2025", "xlsx"),
        Resource("https://x/portrait-2025.csv", "Portrait 2025", "csv"),
    ]
    skipped: list[str] = []
    assert [r.url for r in _one_per_year(offered, skipped)] == ["https://x/portrait-2025.csv"]
    assert len(skipped) == 2 and "English version" in " ".join(skipped)
    with pytest.raises(FetchError, match="would both be saved as portrait-ia-2025.csv"):
        _one_per_year(
            [
                Resource("https://x/a.csv", "A 2025", "csv"),
                Resource("https://x/b.csv", "B 2025", "csv"),
            ],
            [],
        )

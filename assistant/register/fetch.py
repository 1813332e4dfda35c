"""Download the official register files and refuse any that cannot be trusted.

Données Québec is a CKAN portal: a dataset page `…/dataset/<slug>` has an API,
`…/api/3/action/package_show?id=<slug>`, that lists the files ("resources") with their URL,
format and, sometimes, size and checksum. A download can go wrong in many quiet ways — an error
page served with status 200, a connection cut half-way, a file re-saved in the wrong encoding —
and each of them would otherwise end up as a plausible-looking but wrong register. This module
finds the files (`resolve_resources`), downloads one into a folder (`download`) and checks it
(`validate`); `fetch_command` decides what to do with the files that pass. Standard library only
(`urllib.request`), so proxies set in `https_proxy` work as for any Python program.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from assistant.register.load import Register, RegisterError, load_register

FILE_PREFIX = "portrait-ia"  # fetched files are named portrait-ia-<year>.csv, like the bundled one
FORMATS = ("csv", "xlsx")
USER_AGENT = "portrait-ia-data-fetch/0.1 (+https://www.donneesquebec.ca)"
_CHUNK = 64 * 1024
_SKIP_WORDS = ("dictionnaire", "dictionary", "métadonnée", "metadata", "schema", "schéma")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--")
_MOJIBAKE = 3  # double-encoded sequences ("Ã©", "â€™") tolerated before a file is refused
_HINT_RETRY = "retry later, or download the file by hand and use --data PATH"


class FetchError(RuntimeError):
    """A download or a check failed; the message is one line: what is wrong, what to do."""


@dataclass
class Resource:
    """One file of the dataset, as the portal describes it (or as given by URL)."""

    url: str
    name: str
    format: str  # "csv" or "xlsx" (from the portal, else the URL)
    size: int | None = None  # bytes, from CKAN when it knows
    hash: str = ""  # CKAN's checksum, e.g. "sha256:…", or a bare hex digest
    last_modified: str = ""

    @property
    def year(self) -> str | None:
        """The collection year, read from the name, then the URL (e.g. 'Portrait 2025' -> 2025)."""
        for text in (self.name, urllib.parse.unquote(self.url)):
            years = re.findall(r"(?<!\d)(20[2-9]\d)(?!\d)", text)
            if years:
                return max(years)
        return None

    def target(self, kind: str) -> str:
        """The file name written in the data folder; one per year so years sit side by side."""
        if self.year:
            return f"{FILE_PREFIX}-{self.year}.{kind}"
        stem = Path(urllib.parse.urlparse(self.url).path).stem or self.name
        slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "register"
        return f"{FILE_PREFIX}-{slug}.{kind}"


@dataclass
class Download:
    """A downloaded, checked file (still in the staging folder)."""

    resource: Resource
    path: Path
    sha256: str
    size: int
    register: Register | None = None


# --- finding the files ---------------------------------------------------------------


def ckan_api_url(dataset_url: str) -> str:
    """`https://host/recherche/dataset/<slug>` -> `https://host/recherche/api/3/action/package_show?id=<slug>`."""
    parts = urllib.parse.urlparse(dataset_url.strip())
    head, sep, tail = parts.path.partition("/dataset/")
    slug = tail.strip("/").split("/")[0]
    if parts.scheme not in ("http", "https") or not sep or not slug:
        raise FetchError(
            f"dataset_url {dataset_url!r} is not a CKAN dataset page (…/dataset/<name>); fix: set"
            " --dataset-url to the dataset's page on Données Québec, or list the files with"
            " --data-resources URL"
        )
    query = urllib.parse.urlencode({"id": slug})
    return urllib.parse.urlunparse(
        (parts.scheme, parts.netloc, f"{head}/api/3/action/package_show", "", query, "")
    )


def resolve_resources(
    dataset_url: str, explicit: list[str], *, timeout: float
) -> tuple[list[Resource], list[str]]:
    """The register files to download, and the names of the resources skipped (with why)."""
    if explicit:
        return [
            Resource(url=u, name=Path(urllib.parse.urlparse(u).path).name, format=_format_of(u))
            for u in explicit
        ], []
    api = ckan_api_url(dataset_url)
    with _open(api, timeout) as response:
        body = response.read(20 * 1024 * 1024)
    try:
        package = json.loads(body.decode("utf-8"))
        resources = package["result"]["resources"] if package.get("success") else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        resources = None
    if not isinstance(resources, list):
        raise FetchError(
            f"{api} did not answer as a CKAN package_show API; fix: check --dataset-url, or list"
            " the files with --data-resources URL"
        )
    wanted, skipped = [], []
    for raw in resources:
        r = _resource(raw)
        if r is None:
            skipped.append(
                f"{raw.get('name') or raw.get('url')} ({raw.get('format') or 'no format'})"
            )
        elif any(
            word in f"{r.name} {raw.get('description', '')[:80]}".lower() for word in _SKIP_WORDS
        ):
            skipped.append(f"{r.name} (data dictionary)")
        else:
            wanted.append(r)
    if not wanted:
        raise FetchError(
            f"the dataset at {dataset_url} lists no CSV or XLSX file (found: {', '.join(skipped) or 'nothing'});"
            " fix: list the files with --data-resources URL"
        )
    return _one_per_year(wanted, skipped), skipped


def _resource(raw: dict) -> Resource | None:
    url = str(raw.get("url") or "")
    fmt = str(raw.get("format") or "").strip().lower().lstrip(".") or _format_of(url)
    if not url or fmt not in FORMATS:
        return None
    size = raw.get("size")
    return Resource(
        url=url,
        name=str(raw.get("name") or Path(urllib.parse.urlparse(url).path).name),
        format=fmt,
        size=int(size) if isinstance(size, (int, float)) or str(size).isdigit() else None,
        hash=str(raw.get("hash") or "").strip(),
        last_modified=str(raw.get("last_modified") or raw.get("created") or ""),
    )


def _format_of(url: str) -> str:
    suffix = Path(urllib.parse.urlparse(url).path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"


def _is_english(r: Resource) -> bool:
    text = f" {r.name} {urllib.parse.unquote(r.url)} ".lower()
    return bool(re.search(r"english|anglais|[\s_(/-]en[\s_).-]", text))


def _one_per_year(resources: list[Resource], skipped: list[str]) -> list[Resource]:
    """One file per year: the French one over an English translation, then CSV over XLSX
    (plain text, diffable). Two files still tied stop the fetch: guessing would be worse."""
    by_target: dict[str, Resource] = {}
    for r in sorted(resources, key=lambda r: (_is_english(r), FORMATS.index(r.format))):
        key = r.target("*")
        kept = by_target.get(key)
        if kept is None:
            by_target[key] = r
        elif _is_english(r) and not _is_english(kept):
            skipped.append(f"{r.name} (English version; {kept.name} kept)")
        elif kept.format != r.format:
            skipped.append(f"{r.name} (same year as {kept.name}, {kept.format.upper()} kept)")
        else:
            raise FetchError(
                f"two {r.format.upper()} files of the dataset would both be saved as"
                f" {r.target(r.format)} ({kept.name!r}, {r.name!r}); fix: choose with"
                " --data-resources URL"
            )
    return sorted(by_target.values(), key=lambda r: r.target("*"))


# --- downloading ---------------------------------------------------------------------


def _open(url: str, timeout: float):
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) checked
    except urllib.error.HTTPError as exc:
        raise FetchError(
            f"{url} answered HTTP {exc.code} {exc.reason}; fix: check the address"
            f" (--dataset-url / --data-resources) or {_HINT_RETRY}"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(
            f"cannot reach {urllib.parse.urlparse(url).netloc} ({reason}); fix: check the network"
            f" or proxy (https_proxy), or {_HINT_RETRY}"
        ) from None


def download(
    resource: Resource, folder: Path, *, timeout: float, max_bytes: int, progress: bool = False
) -> Download:
    """Streams `resource` into `folder`, refusing oversized, HTML and truncated responses."""
    url = resource.url
    with _open(url, timeout) as response:
        ctype = response.headers.get_content_type()
        declared = response.headers.get("Content-Length")
        declared = int(declared) if declared and declared.isdigit() else None
        if declared is not None and declared > max_bytes:
            raise FetchError(
                f"{url} is {declared / 1e6:g} MB, over the {max_bytes / 1e6:g} MB cap; fix: raise"
                " --max-mb if this file is expected to be that large"
            )
        sha256, checksum, size = hashlib.sha256(), _checksum(resource), 0
        part = folder / f".{resource.target(resource.format)}.part"
        bar = tqdm(
            total=declared,
            unit="B",
            unit_scale=True,
            desc=resource.target(resource.format),
            disable=not progress,
            file=sys.stderr,
            leave=False,
        )
        with part.open("wb") as out, bar:
            while chunk := _read(response, url, timeout):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"{url} sent more than the {max_bytes / 1e6:g} MB cap; fix: raise --max-mb"
                        " if this file is expected to be that large"
                    )
                if size == len(chunk):
                    _refuse_html(url, ctype, chunk)
                sha256.update(chunk)
                if checksum:
                    checksum[1].update(chunk)
                out.write(chunk)
                bar.update(len(chunk))
    if size == 0:
        raise FetchError(f"{url} sent an empty file; fix: {_HINT_RETRY}")
    if declared is not None and size != declared:
        raise FetchError(
            f"{url}: download truncated: received {size} of {declared} bytes (Content-Length);"
            f" fix: {_HINT_RETRY}"
        )
    if resource.size and size != resource.size:
        raise FetchError(
            f"{url}: received {size} bytes but the dataset page gives {resource.size}: the download"
            f" was cut or the page is stale; fix: {_HINT_RETRY}, or name the file with"
            " --data-resources URL to skip the portal's metadata"
        )
    if checksum and checksum[1].hexdigest() != checksum[2]:
        raise FetchError(
            f"{url}: {checksum[0]} checksum mismatch (got {checksum[1].hexdigest()[:12]}…, the dataset"
            f" page says {checksum[2][:12]}…): the file is corrupt or the page is stale; fix:"
            f" {_HINT_RETRY}, or name the file with --data-resources URL"
        )
    kind = "xlsx" if _head(part, 4) == b"PK\x03\x04" else "csv"
    path = folder / resource.target(kind)
    part.replace(path)
    return Download(resource, path, sha256.hexdigest(), size)


def _read(response, url: str, timeout: float) -> bytes:
    try:
        return response.read(_CHUNK)
    except (TimeoutError, OSError) as exc:  # a stalled or reset connection mid-file
        raise FetchError(
            f"{url}: download interrupted ({exc or 'timed out after ' + str(timeout) + ' s'}); fix: {_HINT_RETRY}"
        ) from None
    except Exception as exc:  # http.client.IncompleteRead and friends
        raise FetchError(f"{url}: download truncated ({exc!r}); fix: {_HINT_RETRY}") from None


def _checksum(resource: Resource) -> tuple[str, object, str] | None:
    """CKAN's `hash` is free text: 'sha256:<hex>', 'md5:<hex>' or a bare hex digest."""
    algo, _, digest = resource.hash.lower().rpartition(":")
    digest = digest.strip()
    if not re.fullmatch(r"[0-9a-f]+", digest or "-"):
        return None
    algo = algo or {32: "md5", 40: "sha1", 64: "sha256"}.get(len(digest), "")
    if algo not in ("md5", "sha1", "sha256"):
        return None
    return algo, hashlib.new(algo), digest


def _head(path: Path, n: int) -> bytes:
    with path.open("rb") as f:
        return f.read(n)


def _refuse_html(url: str, ctype: str, first: bytes) -> None:
    start = first.removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if ctype in ("text/html", "application/xhtml+xml") or start.startswith(_HTML_STARTS):
        raise FetchError(
            f"{url} sent a web page (Content-Type {ctype}) instead of a CSV/XLSX file: the address"
            " points at a page, or the portal is down or asks for a login; fix: use the file's"
            f" download URL (--data-resources), or {_HINT_RETRY}"
        )
    if start.startswith((b"{", b"[")) and ctype in ("application/json", "text/json", "text/plain"):
        raise FetchError(
            f"{url} sent JSON instead of a CSV/XLSX file; fix: use the file's download URL (--data-resources)"
        )


# --- checking ------------------------------------------------------------------------


def validate(item: Download, *, mapping: str | None = None) -> Register:
    """Content checks a register loader would not make, then the loader's own (schema, labels)."""
    url, data = item.resource.url, item.path.read_bytes()
    if item.path.suffix == ".xlsx":
        _check_xlsx(url, data)
    else:
        _check_csv(url, _check_encoding(url, data))
    try:
        register = _load(item.path, mapping)
    except RegisterError as exc:
        lines = str(exc).splitlines()
        more = f" (+{len(lines) - 1} more lines)" if len(lines) > 1 else ""
        raise FetchError(
            f"{url} is not a usable register: {lines[0].replace(str(item.path), item.path.name).rstrip('.')}{more};"
            " the previous data file stays in use"
        ) from None
    item.register = register
    return register


def _load(path: Path, mapping: str | None) -> Register:
    return load_register(path, mapping)


def _check_xlsx(url: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            bad = book.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        bad = str(exc)
    if bad:
        raise FetchError(
            f"{url}: the XLSX workbook is damaged or truncated ({bad}); fix: {_HINT_RETRY}"
        )


def _check_encoding(url: str, data: bytes) -> str:
    """The text as the loader will read it; refuses UTF-16 without BOM and double-encoded text."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:65536]:
        raise FetchError(
            f"{url}: the file holds NUL bytes: it is UTF-16 without a byte-order mark, or not"
            " text at all; fix: re-export it as CSV UTF-8, or use the XLSX file"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    bad = _mojibake(text)
    if len(bad) >= _MOJIBAKE or text.count("\ufffd") >= _MOJIBAKE:
        sample = ", ".join(repr(s) for s in list(dict.fromkeys(bad or ["\ufffd"]))[:3])
        raise FetchError(
            f"{url}: the text is garbled ({len(bad) or text.count(chr(0xFFFD))} sequences such as {sample}:"
            " UTF-8 decoded as Windows-1252 and saved again, or characters lost); fix: re-export"
            " it as CSV UTF-8, or use the XLSX file"
        )
    return text


def _mojibake(text: str) -> list[str]:
    """Sequences that are UTF-8 bytes read as cp1252 ('Ã©' for 'é', 'â€™' for '’')."""
    found = []
    for match in re.finditer(r"[\u00c2-\u00f4][^\x00-\x7f]{1,3}", text):
        piece = match.group()
        for length in (len(piece), 3, 2):
            try:
                piece[:length].encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            found.append(piece[:length])
            break
    return found


def _check_csv(url: str, text: str) -> None:
    """A last record cut mid-way (open quote, or fewer cells than the others) means a cut download."""
    delimiter = max((";", ",", "\t"), key=lambda d: _records(text, d, strict=False)[1])
    try:
        _records(text, delimiter, strict=True)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise FetchError(
                f"{url}: the file ends inside a quoted value: the last row was cut mid-record"
                f" (download truncated); fix: {_HINT_RETRY}"
            ) from None
        # other strict-mode complaints (a stray quote) are the loader's to judge
    records, _ = _records(text, delimiter, strict=False)
    if len(records) < 2:
        return
    width = Counter(len(r) for r in records).most_common(1)[0][0]
    if len(records[-1]) < width and not text.endswith(("\n", "\r")):
        raise FetchError(
            f"{url}: the last row has {len(records[-1])} of {width} cells and the file does not end"
            f" with a line break: it was cut mid-record (download truncated); fix: {_HINT_RETRY}"
        )


def _records(text: str, delimiter: str, *, strict: bool) -> tuple[list[list[str]], int]:
    """Non-blank records and a score (how many records share the most common width > 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    records = [r for r in reader if any(c.strip() for c in r)]
    widths = Counter(len(r) for r in records if len(r) > 1)
    return records, (widths.most_common(1)[0][1] if widths else 0)

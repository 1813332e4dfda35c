"""Where the bundled files are read from and where state is written, checkout or installed wheel.

From a checkout (the folder holding pyproject.toml and prompts/ beside assistant/), the
prompts, the bundled registers and the index are the checkout's top-level prompts/, data/ and
index/, as the product design lays them out. From an installed wheel, the same prompts and
registers are read from inside the package (pyproject.toml maps prompts/ and data/ to
`assistant/_prompts` and `assistant/_data`), and state goes to a user data directory, so that
running `portrait-ia` from any folder never writes into a package or into somebody's checkout.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

HOME_ENV = "PORTRAIT_IA_HOME"  # where state goes (the index), whatever the install
PACKAGE = Path(__file__).resolve().parent  # pip installs wheels unzipped: plain files


def find_checkout(package: Path = PACKAGE) -> Path | None:
    """The checkout's top folder when `package` is run from one; None from an installed wheel."""
    top = package.parent
    return top if (top / "pyproject.toml").is_file() and (top / "prompts").is_dir() else None


def user_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The XDG user data directory for Portrait IA: $XDG_DATA_HOME/portrait-ia, else
    ~/.local/share/portrait-ia (the fallback the XDG specification gives)."""
    base = environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "portrait-ia"


def state_home(checkout: Path | None, environ: Mapping[str, str] = os.environ) -> Path:
    """Where state goes: $PORTRAIT_IA_HOME when set; else the checkout's top folder when run
    from one (its index/ is the product's layout); else the user data directory."""
    if environ.get(HOME_ENV, "").strip():
        return Path(environ[HOME_ENV].strip()).expanduser()
    return checkout if checkout is not None else user_data_dir(environ)


CHECKOUT = find_checkout()
PROMPTS_DIR = CHECKOUT / "prompts" if CHECKOUT else PACKAGE / "_prompts"
DATA_DIR = CHECKOUT / "data" if CHECKOUT else PACKAGE / "_data"
MAPPINGS_DIR = PACKAGE / "register" / "mappings"
DEFAULT_DATA = DATA_DIR / "portrait-ia-2025.csv"
DEFAULT_INDEX = state_home(CHECKOUT) / "index"


def fetch_folder(data: Path) -> Path:
    """Where `data fetch` writes by default: beside the data file, unless that file is one the
    package bundles (an installed wheel's files are not the user's to replace): then the data/
    folder of the state home."""
    if CHECKOUT is None and data.resolve().is_relative_to(PACKAGE):
        return state_home(CHECKOUT) / "data"
    return data.parent

"""A small trained reader of roles, for the mentions the rules leave unread.

The rules of :mod:`geodata.roles` read what they can explain: a cue word that governs the
place's phrase. Real reports say the same things in more ways than rules can list ("In Zhytomyr
region, a number of households sustained damage", "the energy ministry said 416 settlements in
the Odesa region were without power"), so a mention the rules call ``other`` is also read by
this model: one logistic regression per role over the words of its sentence.

What the model sees is the sentence with every place it names taken out: the stems of the
remaining words, the words on either side of the mention, how many other places the sentence
names, and how precise the mention's place is. It never sees a place's name, so it cannot learn
which places tend to be struck, only how reports speak of places that are.

A role the model adds carries the cue ``model:<role>`` and the model's probability as its
confidence, so every such claim says it was read statistically. The weights ship with the
package (``geodata/data/role_model.json``) with a line saying what they were fitted on;
``dronemap train-roles`` fits them again (scikit-learn, a development dependency).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from geodata.errors import ModelError
from geodata.model import Role

__all__ = ["RoleModel", "features", "fit", "load_model", "name_stems", "MODEL_ROLES"]

#: the roles the model reads (``other`` is what is left)
MODEL_ROLES = (Role.LAUNCH_SITE, Role.STRIKE_TARGET, Role.INSTRUCTOR_LOCATION)
#: bumped whenever :func:`features` changes: weights fitted on other features are refused
FEATURE_VERSION = 1
_FORMAT = "dronemap-role-model"
#: a word's stem: its first letters, enough to join the inflected forms of Slavic words
#: ("атакували", "атакувал") and English ones ("attacked", "attacks")
_STEM = 6
_WINDOW = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")


def _stem(word: str) -> str:
    return "#" if word.isdigit() else word.casefold()[:_STEM]


def features(
    body: str,
    sentence: tuple[int, int],
    mention: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
    precision: str | None = None,
) -> frozenset[str]:
    """The features of the mention at ``mention`` in ``body[sentence]``.

    ``others`` are the spans of other place mentions (those outside the sentence are
    ignored); their words, like the mention's own, are left out.

    >>> text = "Drones struck a depot in Alpha overnight."
    >>> sorted(f for f in features(text, (0, len(text)), (25, 30)) if f.startswith("l1="))
    ['l1=in']
    """
    s, e = sentence
    places = [(a, b) for a, b in others if s <= a and b <= e and (a, b) != mention]
    masked = sorted([mention, *places])
    before: list[str] = []
    after: list[str] = []
    out = {f"p={precision or 'none'}", f"n={min(len(places), 3)}"}
    k = 0
    for m in _WORD.finditer(body, s, e):
        while k < len(masked) and masked[k][1] <= m.start():
            k += 1
        if k < len(masked) and masked[k][0] < m.end():
            continue  # a word of a place name
        stem = _stem(m.group())
        out.add("w=" + stem)
        (before if m.end() <= mention[0] else after).append(stem)
    near_before = before[-_WINDOW:]
    near_after = after[:_WINDOW]
    out.update("l=" + w for w in near_before)
    out.update("r=" + w for w in near_after)
    out.add("l1=" + (near_before[-1] if near_before else "^"))
    out.add("r1=" + (near_after[0] if near_after else "$"))
    return frozenset(out)


@dataclass(frozen=True)
class RoleModel:
    """Fitted weights: for each feature, one weight per role of ``roles``."""

    roles: tuple[Role, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    threshold: float
    trained_on: str = ""

    def __post_init__(self) -> None:
        if len(self.intercepts) != len(self.roles):
            raise ModelError("one intercept per role is needed")
        if any(len(w) != len(self.roles) for w in self.weights.values()):
            raise ModelError("every feature needs one weight per role")
        if not 0.0 < self.threshold < 1.0:
            raise ModelError(f"threshold must lie in (0, 1), got {self.threshold!r}")

    def probabilities(self, feats: Iterable[str]) -> dict[Role, float]:
        """Each role's probability for a mention with these features."""
        sums = list(self.intercepts)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    sums[i] += x
        return {role: 1.0 / (1.0 + math.exp(-min(max(z, -50.0), 50.0)))
                for role, z in zip(self.roles, sums, strict=True)}

    def read(self, feats: Iterable[str]) -> tuple[tuple[Role, float], ...]:
        """The roles whose probability reaches the threshold, with it, likeliest first."""
        probs = self.probabilities(feats)
        got = [(role, p) for role, p in probs.items() if p >= self.threshold]
        return tuple(sorted(got, key=lambda rp: -rp[1]))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "feature_version": FEATURE_VERSION,
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "roles": [r.value for r in self.roles],
            "intercepts": [round(x, 5) for x in self.intercepts],
            "weights": {f: [round(x, 5) for x in w] for f, w in sorted(self.weights.items())},
        }

    def dumps(self) -> str:
        """:meth:`to_json` as text, one feature per line (readable, and diffs stay small)."""
        data = self.to_json()
        weights = data.pop("weights")
        head = json.dumps(data, ensure_ascii=False)[:-1]
        lines = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}"
                 for f, w in weights.items()]
        return head + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n"

    @classmethod
    def from_json(cls, data: Any) -> RoleModel:
        """The model ``to_json`` wrote; :class:`ModelError` on anything else."""
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ModelError(f"not a {_FORMAT} file")
        if data.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                f"fitted on features of version {data.get('feature_version')!r}, these are "
                f"version {FEATURE_VERSION}: fit the model again (dronemap train-roles)")
        try:
            roles = tuple(Role(r) for r in data["roles"])
            weights = {str(f): tuple(float(x) for x in w) for f, w in data["weights"].items()}
            return cls(roles, tuple(float(x) for x in data["intercepts"]), weights,
                       float(data["threshold"]), str(data.get("trained_on", "")))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"malformed role model: {exc}") from exc


def name_stems(surfaces: Iterable[str], texts: Iterable[str] = ()) -> frozenset[str]:
    """The stems of the names in place mentions: what :func:`fit` leaves out.

    :func:`features` masks the mention's own words and those of the places recognised beside
    it, but a place's name also stands where it is no mention ("the Kyiv Independent", "Odesa
    time"), and a model would learn there which places tend to be struck. A name is a
    capitalised word of a mention's surface that ``texts`` write capitalised more often than
    not: the designators ("region", "область") are lower-case, and a capitalised common word
    ("Port" in "Zaliznyi Port") stays a feature where the texts mostly use it as one ("the port
    of X").

    >>> sorted(name_stems(["Kherson region", "Запорізькій області", "Zaliznyi Port"],
    ...                   ["Drones hit the port. Port workers saw the port burn."]))
    ['kherso', 'zalizn', 'запорі']
    """
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for t in texts:
        for w in _WORD.findall(t):
            (lower if w.islower() else upper)[_stem(w)] += 1
    return frozenset(stem for s in surfaces for w in _WORD.findall(s)
                     if w[:1].isupper() and lower[stem := _stem(w)] <= upper[stem])


def fit(
    samples: Sequence[Iterable[str]],
    labels: Sequence[Iterable[Role]],
    *,
    min_count: int = 3,
    c: float = 1.0,
    threshold: float = 0.8,
    trained_on: str = "",
    exclude: Collection[str] = (),
) -> RoleModel:
    """Fit one L2-regularised logistic regression per role of :data:`MODEL_ROLES`.

    ``samples`` are feature sets (see :func:`features`), ``labels`` the roles each mention
    carries. Features seen fewer than ``min_count`` times are dropped, and so is every feature
    whose word is one of ``exclude`` (see :func:`name_stems`). Needs scikit-learn.
    """
    if len(samples) != len(labels):
        raise ModelError(f"{len(samples)} samples but {len(labels)} label sets")
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - the dev extra installs it
        raise ModelError("fitting needs scikit-learn: pip install -e '.[dev]'") from exc
    left_out = frozenset(exclude)
    rows = [frozenset(f for f in s if f.partition("=")[2] not in left_out) for s in samples]
    counts = Counter(f for row in rows for f in row)
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    if not vocab:
        raise ModelError(f"no feature occurs {min_count} times or more: too few samples")
    column = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    for i, row in enumerate(rows):
        for f in row:
            j = column.get(f)
            if j is not None:
                x[i, j] = 1.0
    sets = [frozenset(ls) for ls in labels]
    intercepts: list[float] = []
    coefs: list[Any] = []
    for role in MODEL_ROLES:
        y = np.array([role in ls for ls in sets], dtype=np.int8)
        if y.min() == y.max():  # a role no mention (or every mention) has: never (always) read
            intercepts.append(-50.0 if y.max() == 0 else 50.0)
            coefs.append(np.zeros(len(vocab)))
            continue
        lr = LogisticRegression(C=c, max_iter=2000)
        lr.fit(x, y)
        intercepts.append(float(lr.intercept_[0]))
        coefs.append(lr.coef_[0])
    weights = {f: tuple(float(coefs[r][j]) for r in range(len(MODEL_ROLES)))
               for f, j in column.items()
               if any(abs(coefs[r][j]) >= 1e-4 for r in range(len(MODEL_ROLES)))}
    return RoleModel(MODEL_ROLES, tuple(intercepts), weights, threshold, trained_on)


def load_model(path: str | Path | None = None) -> RoleModel:
    """The model at ``path``, or the one the package ships; :class:`ModelError` when the file
    is missing, not JSON or not a model."""
    if path is None:
        return _packaged()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _packaged() -> RoleModel:
    ref = resources.files("geodata").joinpath("data/role_model.json")
    return _read(Path(str(ref)))


def _read(path: Path) -> RoleModel:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{path}: no role model there") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: cannot read the role model: {exc}") from exc
    try:
        return RoleModel.from_json(data)
    except ModelError as exc:
        raise ModelError(f"{path}: {exc}") from exc

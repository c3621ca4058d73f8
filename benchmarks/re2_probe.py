"""Would an RE2 prefilter pay? One multi-pattern pass per sentence, in C, telling which rules can match.

    pip install google-re2          # not a dependency of Dignity: this probe only
    python benchmarks/re2_probe.py  # dev and train-* sentences of ../shared/corpus, generated passages

Each recognizer pattern and context rule is written as an RE2 pattern that matches, on the sentence
lower-cased (``prefilter.lowered``), wherever the Python regex matches on the sentence: a superset.
Look-arounds and ``\\b`` are dropped, a back-reference is any text, a repeat ``{m,n}`` becomes ``*``/``+``
(possessive and atomic parts as plain ones). Characters are read over a closed alphabet (Latin
letters, combining marks, general punctuation, currency, arrows, shapes): every single-character
part (a literal, a class, ``.``, ``\\w``, ...) is compiled by Python's own ``re`` and tried on each
character of the alphabet, and the RE2 class holds the lower-cased forms of those it matches, so
case folding (``(?i)i`` also matches 'İ' and 'ı'; ``s`` 'ſ') and Python's Unicode ``\\w``/``\\s``/``\\d``
are Python's, not RE2's. A sentence with a character outside the alphabet (after lower-casing, or
whose lower-case form another character outside it shares) is not tested: every rule may match.

It prints, for each family (recognizer patterns, context rules):

* ``set``: one ``re2.Set`` of the whole patterns: compile time, rules it lets through a sentence
  against rules that match, misses (must be 0), and the time a sentence on the dev sentences, again
  on them, and on the train sentences (text the set has not seen: its lazy DFA builds new states);
* ``filter``: ``re2.Filter`` (FilteredRE2: the literals each pattern needs, as AND/OR, found by an
  RE2 set of literals): the same figures.

Never give it ``heldout-*`` files.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from pathlib import Path

try:
    from re import _compiler as _comp
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    raise SystemExit("Python 3.11+ needed") from None

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: the closed alphabet (code point ranges) the classes are read over
BLOCKS = ((0x00, 0x24F), (0x300, 0x36F), (0x2000, 0x206F), (0x20A0, 0x20BF), (0x2100, 0x214F), (0x2190, 0x21FF),
          (0x25A0, 0x25FF), (0xFEFF, 0xFEFF), (0xFFFD, 0xFFFD))
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ONE_CHAR = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY)
_NEVER = "[^\\x{0}-\\x{10ffff}]"


def _low1(ch: str) -> str:
    """A character as ``prefilter.lowered`` writes it."""
    low = ch.lower()
    return low if len(low) == 1 else ch


class Converter:
    """Python ``re`` patterns -> RE2 supersets on the lower-cased sentence."""

    def __init__(self) -> None:
        self.source = [chr(x) for a, b in BLOCKS for x in range(a, b + 1)]
        lowered = {_low1(ch) for ch in self.source}
        inside = set(self.source)
        shared = {_low1(chr(x)) for x in range(0x110000)
                  if not 0xD800 <= x < 0xE000 and chr(x) not in inside and _low1(chr(x)) in lowered}
        #: what a lower-cased sentence the sets may be asked about holds, in code point order
        self.alphabet = sorted(lowered - shared)
        self.outside = re.compile("[^" + "".join(
            re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in _ranges(self.alphabet)) + "]")
        self._chars: dict[tuple, frozenset[str]] = {}

    def testable(self, low: str) -> bool:
        return self.outside.search(low) is None

    def to_re2(self, pattern: str, flags: int) -> str:
        tree = _p.parse(pattern, flags)
        got = self._seq(list(tree), tree.state.flags)
        return _NEVER if got is None else got

    def _one(self, op, av, flags: int) -> frozenset[str]:
        """The lower-cased forms of the alphabet's characters a one-character part matches."""
        if op is _c.CATEGORY:
            op, av = _c.IN, [(op, av)]
        key = (op, repr(av), flags & re.IGNORECASE)
        got = self._chars.get(key)
        if got is None:
            state = _p.State()
            state.flags = flags
            rx = _comp.compile(_p.SubPattern(state, [(op, av)]), flags)
            got = self._chars[key] = frozenset(_low1(ch) for ch in self.source if rx.fullmatch(ch))
        return got

    def _class(self, chars: frozenset[str]) -> str:
        # characters outside the alphabet never reach a set: a class may hold them or not, whichever is shorter
        pos, neg = self._runs(chars, True), self._runs(chars, False)
        if len(neg) < len(pos):
            return f"[^{_fmt(neg)}]" if neg else "(?s:.)"
        return f"[{_fmt(pos)}]"

    def _runs(self, chars: frozenset[str], member: bool) -> list[list[int]]:
        """The runs of the alphabet's characters (in its order) that are (or are not) in ``chars``."""
        out: list[list[int]] = []
        last = False
        for ch in self.alphabet:
            here = (ch in chars) == member
            if here and last:
                out[-1][1] = ord(ch)
            elif here:
                out.append([ord(ch), ord(ch)])
            last = here
        return out

    def _seq(self, items: list, flags: int) -> str | None:
        out = []
        for op, av in items:
            if op in _ONE_CHAR:
                chars = self._one(op, av, flags)
                if not chars:
                    return None
                only = next(iter(chars)) if len(chars) == 1 else ""
                out.append(only if only.isascii() and only.isalnum() else self._class(chars))
            elif op is _c.SUBPATTERN:
                got = self._seq(list(av[3]), _comp._combine_flags(flags, av[1], av[2]))
                if got is None:
                    return None
                out.append(f"(?:{got})")
            elif op is _c.ATOMIC_GROUP:
                got = self._seq(list(av), flags)
                if got is None:
                    return None
                out.append(f"(?:{got})")
            elif op in _REPEATS:
                lo, hi, sub = av
                got = self._seq(list(sub), flags)
                if got is None or hi == 0:
                    if lo == 0:
                        continue
                    return None
                out.append(f"(?:{got})" + ("?" if (lo, hi) == (0, 1) else "*" if lo == 0 else "+"))
            elif op is _c.BRANCH or op is _c.GROUPREF_EXISTS:
                alts = av[1] if op is _c.BRANCH else [av[1], av[2] or []]
                got = [g for g in (self._seq(list(a), flags) for a in alts) if g is not None]
                if not got:
                    return None
                out.append("(?:" + "|".join(got) + ")")
            elif op is _c.AT:
                if av is _c.AT_BEGINNING_STRING or (av is _c.AT_BEGINNING and not flags & re.MULTILINE):
                    out.append("^")
            elif op is _c.GROUPREF:
                out.append("(?s:.*)")
            elif op not in (_c.ASSERT, _c.ASSERT_NOT):
                raise ValueError(f"no RE2 superset for {op}")
        return "".join(out)


def _fmt(runs: list[list[int]]) -> str:
    return "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in runs)


def _ranges(chars: list[str]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for x in map(ord, chars):
        if out and out[-1][1] == x - 1:
            out[-1][1] = x
        else:
            out.append([x, x])
    return [(a, b) for a, b in out]


def _texts(name: str) -> list[str]:
    path = CORPUS / name
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _per_sentence(match, lows: list[str]) -> float:
    t = time.process_time()
    for low in lows:
        match(low)
    return (time.process_time() - t) / len(lows) * 1e6


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mem", type=int, default=256, help="RE2 max_mem in MB")
    args = ap.parse_args(argv)
    import re2

    from dignity.extract.engine import Extractor
    from dignity.extract.prefilter import lowered

    ex = Extractor()
    ex.recognizers.validate()
    families = {
        "recognizer patterns": [cp.regex for rid in ex.recognizers.recognizers for cp in ex.recognizers.patterns(rid)],
        "context rules": [sc.regex for _rule, sc, _cue in ex.context._scanners],
    }

    def sentences(texts: list[str]) -> list[str]:
        return [s.text for t in texts for s in ex.nlp(t).sents if s.text.strip()]

    dev = sentences(_texts("dev.jsonl") + generate.news_passages(28, 7))
    fresh = sentences(_texts("train-monitors.jsonl") + _texts("train-courts.jsonl") + _texts("train-usgov.jsonl"))
    conv = Converter()
    opts = re2.Options()
    opts.max_mem = args.max_mem << 20
    for name, rxs in families.items():
        t = time.process_time()
        sources = [conv.to_re2(rx.pattern, rx.flags) for rx in rxs]
        print(f"{name}: {len(rxs)} regexes, converted in {time.process_time() - t:.1f} s "
              f"({sum(map(len, sources)) / 1e6:.2f} M characters of RE2)")
        one_set = re2.Set.SearchSet(opts)
        flt = re2.Filter()
        for src in sources:
            one_set.Add(src)
            flt.Add(src, opts)
        always = one_set.Add("")  # in every answer, unless the DFA gave up
        t = time.process_time()
        one_set.Compile()
        flt.Compile()
        print(f"  compiled (set and filter) in {time.process_time() - t:.2f} s")
        for label, match in (("set", one_set.Match), ("filter", functools.partial(flt.Match, potential=True))):
            for sents, which in ((dev, "dev"), (fresh, "train")):
                lows = [lowered(s) for s in sents]
                first, again = _per_sentence(match, lows), _per_sentence(match, lows)
                let = true = missed = untested = 0
                for s, low in zip(sents, lows):
                    got = set(match(low) or ())
                    if not conv.testable(low) or (label == "set" and always not in got):
                        untested += 1
                        continue
                    let += len(got - {always})
                    for i, rx in enumerate(rxs):
                        if rx.search(s) is not None:
                            true += 1
                            missed += i not in got
                n = len(sents) - untested
                print(f"  {label:6s} {which:5s} {len(sents)} sentences ({untested} not tested): "
                      f"{let / n:.1f} rules let through a sentence, {true / n:.2f} match, {missed} missed; "
                      f"{first:.0f} us a sentence the first time, {again:.0f} again")


if __name__ == "__main__":
    main()

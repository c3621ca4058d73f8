"""The group noun phrase (``group_template`` of the English pack) asks, before its optional
"any word" before the noun, for a noun after that word (a look-ahead added for speed: the
group is tried at every word start, and most have no noun after them). The look-ahead only
states what the rest of the pattern needs, so the matches are the pattern's without it."""

import random
import re

from dignity.extract.attribution import load_attributor

TEXTS = [
    "The other detainees in Block C said that the older prisoners were kept apart.",
    "Several young inmates and some female juvenile detainees shared two cells.",
    "Staff said the newly arrived ex-prisoners slept on the floor of Unit 4.",
    "Many of the held men, including three sick prisoners, waited for days.",
    "All those remanded children were moved; the elderly women at the Annex were not.",
    "A 1.5 metre cell held four remand prisoners during the visit of the delegation.",
    "Guards who beat inmates were suspended, the warden said of the juveniles.",
    "These long-term segregated prisoners in the West Wing received no visits.",
]


def _without_lookahead(rx: re.Pattern[str]) -> re.Pattern[str]:
    src = rx.pattern
    start = src.index("(?=[\\w\\-]+[\\s\\-](?:")
    depth, i = 0, start
    while True:  # the look-ahead's closing parenthesis
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return re.compile(src[:start] + src[i + 1:], rx.flags)


def test_group_lookahead_keeps_the_matches():
    rx = load_attributor("en").group_rx
    assert "(?=[\\w\\-]+[\\s\\-](?:" in rx.pattern
    plain = _without_lookahead(rx)
    rnd = random.Random(11)
    words = ("the other many young female remand prisoners detainees inmates men women children in at of on "
             "Block C Unit 4 said were kept ex- 1.5 , . ' held sick who which and 23 juveniles").split()
    texts = TEXTS + [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 25))) for _ in range(3000)]
    for text in texts:
        for k in (len(text), len(text) // 2, len(text) // 3):
            head = text[:k]
            got = [(m.span(), m.groupdict()) for m in rx.finditer(head)]
            want = [(m.span(), m.groupdict()) for m in plain.finditer(head)]
            assert got == want, head

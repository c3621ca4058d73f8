"""`dignity train`: bad input is one line and exit code 2; a team's reviews in a case
store train a model that finds, on the team's other documents, what the rules miss.

Every document and label here is written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dignity.cli.main import app
from dignity.extract.engine import Extractor
from dignity.ingest import from_text


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def train(runner: CliRunner, *args: str):
    return runner.invoke(app, ["train", *args])


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], lines[0]


def passage(pid: str, text: str, facts: list[dict]) -> str:
    return json.dumps({"id": pid, "lang": "en", "text": text, "facts": facts})


GRUEL = ["Breakfast was a bowl of gruel and nothing more.", "The men lived on gruel for a week.",
         "Supper was cold gruel served on the floor.", "Gruel was the only meal they were given."]
FILLER = ["The hearing took place in March.", "The building has a new roof.",
          "Counsel filed a written brief.", "The visit lasted two days."]


def gold_file(tmp_path: Path, n: int = 9) -> Path:
    lines = []
    for i in range(n):
        food = GRUEL[i % 4] if i % 3 else FILLER[(i + 2) % 4]
        text = f"{FILLER[i % 4]} {food} {FILLER[(i + 1) % 4]}"
        fact = {"type": "food_water", "subject": "the men", "quote": food, "certainty": "asserted"}
        lines.append(passage(f"written-{i}", text, [fact] if i % 3 else []))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- bad input


def test_missing_file(runner, tmp_path) -> None:
    one_line_error(train(runner, str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "m")),
                   "nope.jsonl", "no such file")


def test_wrong_format(runner, tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "facts": []}\nthis is not json\n', encoding="utf-8")
    one_line_error(train(runner, str(bad), "-o", str(tmp_path / "m")), "bad.jsonl", "line 2", "invalid JSON")


def test_passages_without_labels(runner, tmp_path) -> None:
    path = tmp_path / "nolabels.jsonl"
    path.write_text(passage("a", "The hearing took place in March.", []) + "\n", encoding="utf-8")
    one_line_error(train(runner, str(path), "-o", str(tmp_path / "m")), "nolabels.jsonl", "no labelled fact")


def test_passages_in_another_language_only(runner, tmp_path) -> None:
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "fr", "text": "Le repas était froid.",
                                "facts": [{"type": "food_water", "subject": "x", "quote": "repas"}]}) + "\n",
                    encoding="utf-8")
    one_line_error(train(runner, str(path), "-o", str(tmp_path / "m")), "fr.jsonl", "'en'")


def test_store_that_does_not_exist(runner, tmp_path) -> None:
    one_line_error(train(runner, "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "m")),
                   "none.db", "no such case store")


def test_store_without_reviews(runner, tmp_path) -> None:
    from dignity.store import Store

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Store(url).dispose()  # a migrated, empty store
    one_line_error(train(runner, "--db", url, "-o", str(tmp_path / "m")), "no reviewed facts")


# --------------------------------------------------------------------------- training


def test_trains_from_labelled_passages(runner, tmp_path) -> None:
    out = tmp_path / "model"
    result = train(runner, str(gold_file(tmp_path)), "-o", str(out), "--no-written", "--folds", "3")
    assert result.exit_code == 0, result.output
    card = json.loads((out / "en.json").read_text())
    assert card["types"] == ["food_water"] and card["trained_on"]["files"][0]["name"] == "gold.jsonl"
    assert (out / "en.npz").is_file()
    again = tmp_path / "again"
    assert train(runner, str(gold_file(tmp_path)), "-o", str(again), "--no-written", "--folds", "3").exit_code == 0
    assert (again / "en.npz").read_bytes() == (out / "en.npz").read_bytes()  # deterministic
    team = Extractor("en", model_dir=str(out))
    facts = team.facts(from_text("Lunch was gruel again. The hearing took place in March."))
    model_facts = [f for f in facts if f.explain.layer == "model"]
    assert [f.type for f in model_facts] == ["food_water"]
    assert model_facts[0].evidence[0].text == "Lunch was gruel again."


# A team's documents call the segregation unit "the bing".  In the documents they
# reviewed the rules found the isolation because the sentence also says "segregation";
# in their other documents "the bing" stands alone and the rules miss it.
NAMES = ["Ortiz", "Bell", "Nguyen", "Carter", "Silva", "Okafor", "Murphy", "Haddad",
         "Novak", "Reyes", "Kim", "Lopez"]
REVIEWED = ["{n} was taken to the bing, the segregation unit, after the fight.",
            "Staff sent {n} to the bing, which is the disciplinary segregation block.",
            "{n} went to the bing, in segregation, for a week."]
UNSEEN = ["Staff put {n} in the bing again last month.", "{n} spent most of the spring in the bing.",
          "Officers threw {n} into the bing after the search."]
QUIET = ["{n} met the chaplain on Sunday.", "The library cart came on Tuesday, {n} said.",
         "{n} wrote to his sister about the appeal."]


def _team_store(tmp_path: Path) -> str:
    from dignity.cases import CaseService
    from dignity.store import Store

    url = f"sqlite:///{tmp_path / 'team.db'}"
    store = Store(url)
    with store.session() as session:
        svc = CaseService(session, extractor=Extractor("en"))
        me = svc.local_user("reviewer")
        case = svc.create_case("team", me)
        for i, name in enumerate(NAMES[:8]):
            text = f"{QUIET[i % 3].format(n=name)} {REVIEWED[i % 3].format(n=name)} {QUIET[(i + 1) % 3].format(n=name)}"
            path = tmp_path / f"report-{i}.txt"
            path.write_text(text, encoding="utf-8")
            assert svc.add_document(case, path, me).ok
        for fact in svc.current_facts(case, me):
            svc.review_fact(fact.id, me, "accept" if fact.type in ("solitary", "isolation_duration") else "reject")
    store.dispose()
    return url


def _found(ex: Extractor, texts: list[str]) -> list[bool]:
    return [any(f.type == "solitary" and not f.negated for f in ex.facts(from_text(t))) for t in texts]


def test_reviews_in_a_store_improve_extraction_on_the_teams_other_documents(runner, tmp_path) -> None:
    url = _team_store(tmp_path)
    out = tmp_path / "team-model"
    result = train(runner, "--db", url, "-o", str(out), "--no-written")
    assert result.exit_code == 0, result.output
    held_out = [UNSEEN[i % 3].format(n=n) for i, n in enumerate(NAMES[8:])]
    quiet = [QUIET[i % 3].format(n=n) for i, n in enumerate(NAMES[8:])]
    before = Extractor("en")  # rules + the shipped model
    after = Extractor("en", model_dir=str(out))  # rules + the team's model
    hits_before, hits_after = sum(_found(before, held_out)), sum(_found(after, held_out))
    false_after = sum(_found(after, quiet))
    # recall on the unseen documents goes up; the quiet sentences stay quiet
    assert hits_after >= hits_before + 2, (hits_before, hits_after)
    assert false_after == 0
    card = json.loads((out / "en.json").read_text())
    assert card["trained_on"]["store"] is True and card["types_report"]["solitary"]["threshold"] is not None

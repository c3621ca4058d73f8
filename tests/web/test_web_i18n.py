"""The web app in the reader's language (issue 12, part 3): ``?lang=`` on a case page
is the reader's choice, kept in the session for the findings fragment, the report and
the letters; English stays the default for English documents."""

from __future__ import annotations

import re


def test_the_case_page_in_spanish_and_french_and_back(web):
    c = web.login("eve")
    english = c.get(f"/cases/{web.case_id}").text
    assert '<html lang="en">' in english and '<h2 id="findings-h">Findings</h2>' in english
    assert "No dark or permanently lit cell" in english

    html = c.get(f"/cases/{web.case_id}?lang=es").text
    assert '<html lang="es">' in html and '<h2 id="findings-h">Hallazgos</h2>' in html
    assert "Motivo de preocupación" in html and "Ninguna celda a oscuras ni iluminada sin pausa" in html
    assert "<h5>Razonamiento</h5>" in html and "<h5>Preguntas pendientes</h5>" in html
    assert "Concern:" not in html and "<h5>Open questions</h5>" not in html
    assert "Regla 43(1)(c)" in html and "Luz constante" in html  # the label table, in Spanish
    # the findings by person, their filters too
    assert "la persona detenida de este expediente" in html and '<label for="f-person">Persona</label>' in html
    assert "the detainee this case is about" not in html and ">everyone<" not in html
    # the reasoning too, from the locale's table (the documents are English: their words stay)
    reasoning = html.split('<p class="reasoning">', 1)[1].split("</p>", 1)[0]
    assert any(w in reasoning for w in ("Alegado por", "Afirmado por", "Según el documento"))
    assert " alleges " not in reasoning and "The document states" not in reasoning
    # the choice is kept: the findings fragment htmx fetches, and the report, are in Spanish
    assert '<h2 id="findings-h">Hallazgos</h2>' in c.get(f"/cases/{web.case_id}/findings").text
    report = c.get(f"/cases/{web.case_id}/report/html")
    assert report.status_code == 200 and '<html lang="es">' in report.text and "<h2>Resumen</h2>" in report.text

    fr = c.get(f"/cases/{web.case_id}?lang=fr").text
    assert '<h2 id="findings-h">Constats</h2>' in fr and "Préoccupation" in fr
    assert "Allégué par" in fr or "Selon le document" in fr
    assert c.get(f"/cases/{web.case_id}?lang=en").text.count("Hallazgos") == 0


def test_another_reader_keeps_english(web):
    web.login("eve").get(f"/cases/{web.case_id}?lang=fr")  # one reader's choice, cached per language
    html = web.login("ed").get(f"/cases/{web.case_id}").text
    assert '<h2 id="findings-h">Findings</h2>' in html and "Constats" not in html


def test_an_unknown_language_is_english(web):
    html = web.login("eve").get(f"/cases/{web.case_id}?lang=xx").text
    assert '<html lang="en">' in html and '<h2 id="findings-h">Findings</h2>' in html


def test_a_person_page_speaks_the_readers_language(web):
    """The page of a person of the case (issue 16) follows the reader's choice like the
    case page: its headings, counts, name tools, findings and rule labels."""
    c = web.login("eve")
    page = c.get(f"/cases/{web.case_id}?lang=es").text
    person = re.search(rf'href="/cases/{web.case_id}/people/([\w-]+)"', page)
    assert person, "the case page links to a person's page"
    url = f"/cases/{web.case_id}/people/{person.group(1)}"
    es = c.get(url).text
    assert '<html lang="es">' in es
    assert '<h2 id="names-h">Nombres</h2>' in es and '<h2 id="pf-h">Hallazgos</h2>' in es
    assert '<h2 id="ptl-h">Cronología</h2>' in es and '<h2 id="pdocs-h">Documentos</h2>' in es
    assert "Los hechos llaman a esta persona <strong>" in es and re.search(r"\d+ hechos?, \d+ hallazgos?, en ", es)
    for english in ("The facts call this person", "<h2 id=\"pf-h\">Findings</h2>", "Their findings on the case page",
                    "No dates about", "finding, in", "findings, in"):
        assert english not in es, english
    fr = c.get(url + "?lang=fr").text
    assert '<h2 id="names-h">Noms</h2>' in fr and '<h2 id="pf-h">Constats</h2>' in fr
    en = c.get(url + "?lang=en").text
    assert '<h2 id="names-h">Names</h2>' in en and "The facts call this person <strong>" in en


def test_the_question_before_removing_a_member_speaks_the_readers_language(web):
    c = web.login("eve")
    c.post(f"/cases/{web.case_id}/members", data={"csrf_token": c.csrf, "username": "olga", "role": "viewer"})
    svc, s = web.service()
    with s:
        olga_id = svc.get_user("olga").id
    c.get(f"/cases/{web.case_id}?lang=es")  # the reader's choice, kept in the session
    ask = c.get(f"/cases/{web.case_id}/members/{olga_id}/remove").text
    assert '<html lang="es">' in ask and "¿Quitar a olga de " in ask and ">Quitar a olga</button>" in ask
    assert ">Cancelar</a>" in ask and 'name="confirm" value="yes"' in ask and "Remove olga" not in ask
    fr = c.get(f"/cases/{web.case_id}/members/{olga_id}/remove?lang=fr").text
    assert "Retirer olga de " in fr and ">Annuler</a>" in fr


def test_the_instruments_and_their_rules_are_named_in_the_readers_language(web):
    """The case's findings fall under several instruments: each is named, and a rule of one
    other than the Mandela Rules cited, as its pack says it in Spanish."""
    html = web.login("eve").get(f"/cases/{web.case_id}?lang=es").text
    nav = html.split('class="standards-filter', 1)[1].split("</nav>", 1)[0]
    assert 'data-standard="iccpr">Pacto Internacional de Derechos Civiles y Políticos (' in nav
    assert "Reglas Nelson Mandela (" in nav
    assert "International Covenant" not in nav and "Nelson Mandela Rules" not in nav
    assert "PIDCP, art. " in html and "ICCPR art. " not in html
    english = web.login("ed").get(f"/cases/{web.case_id}").text
    assert "International Covenant on Civil and Political Rights (" in english and "ICCPR art. " in english

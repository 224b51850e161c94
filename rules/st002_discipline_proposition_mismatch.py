"""No value proposition offers what the stated value discipline competes on.

Why: the value discipline says why customers should choose this business,
and the value propositions are where that promise is made. A business that
claims product leadership but offers nothing new, better performing or
better designed, or that claims operational excellence but offers neither a
low price nor lower costs, has a strategy only on paper. Only canvases that
state ``strategy: value_discipline`` are checked.

Options: one key per value discipline, each the list of proposition
``elements`` of which at least one proposition must list one; the defaults
are in ``st002_disciplines.yaml``.

Fails:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
    value_propositions:
      - name: Flights to city airports
        elements: [convenience-usability]

Passes:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
    value_propositions:
      - name: Flights to city airports at the lowest fares
        elements: [price, convenience-usability]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.finding import Problem
from canvaslint.i18n import AnyOf, Term, terms
from canvaslint.rule import Context
from canvaslint.rulekit import or_list, rule_data

from ._strategy import COMPETES_ON, DISCIPLINE, competes, list_of, path, per_discipline, stated

CODE = "ST002"
NAME = "discipline-proposition-mismatch"
SEVERITY = "warning"
SUMMARY = "No value proposition offers what the stated value discipline competes on"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Geen waardepropositie biedt datgene waarop de gekozen waardediscipline concurreert"
        ),
        "why": "Waarom: de waardediscipline zegt waarom klanten voor dit bedrijf zouden moeten "
               "kiezen, en in de waardeproposities wordt die belofte gedaan. Een bedrijf dat "
               "productleiderschap claimt maar niets nieuws biedt, niets dat beter presteert of "
               "beter ontworpen is, of dat operationele uitmuntendheid claimt maar geen lage prijs "
               "en geen lagere kosten biedt, heeft alleen een strategie op papier. Alleen "
               "canvassen die `strategy: value_discipline` (`strategie: waardediscipline`) "
               "invullen worden gecontroleerd.\n\n"
               "Opties: één sleutel per waardediscipline, elk met de lijst van `elements` "
               "(`elementen`) van waardeproposities waarvan ten minste één waardepropositie er een "
               "moet noemen; de standaardwaarden staan in `st002_disciplines.yaml`.",
        "default": (
            "de waardediscipline is {discipline}, maar geen waardepropositie noemt een element dat "
            "daarbij past ({wanted}): neem het op in het veld `{elements_field}` van de "
            "waardepropositie die het levert, of kies een andere waardediscipline"
        ),
    },
    "ru": {
        "summary": (
            "Ни одно ценностное предложение не дает того, на чем строит конкуренцию заявленная "
            "ценностная дисциплина"
        ),
        "why": "Почему: ценностная дисциплина говорит, почему клиентам стоит выбрать эту компанию, "
               "а в ценностных предложениях это обещание дается. Компания, которая заявляет "
               "лидерство в продукте, но не предлагает ничего нового, более производительного или "
               "лучше спроектированного, или заявляет операционное совершенство, но не предлагает "
               "ни низкой цены, ни снижения затрат, имеет стратегию только на бумаге. Проверяются "
               "только холсты, в которых указано `strategy: value_discipline` (стратегия: "
               "ценностная дисциплина).\n\n"
               "Параметры: по одному ключу на каждую ценностную дисциплину, у каждого — список "
               "`elements` (элементы) ценностных предложений, хотя бы один из которых должно "
               "назвать хотя бы одно предложение; значения по умолчанию — в "
               "`st002_disciplines.yaml`.",
        "default": (
            "ценностная дисциплина — {discipline}, но ни одно ценностное предложение не содержит "
            "подходящего для нее элемента ({wanted}): добавьте его в поле `{elements_field}` "
            "предложения, которое его обеспечивает, или выберите другую ценностную дисциплину"
        ),
    },
}
OPTIONS_SCHEMA = per_discipline(list_of("propositionElement"))


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("st002_disciplines.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    discipline = stated(canvas, DISCIPLINE)
    wanted = options.get(discipline) if discipline is not None else None
    if discipline is None or not isinstance(wanted, list) or not wanted:
        return
    wanted_set = set(wanted)
    for proposition in canvas.propositions:
        if wanted_set.intersection(proposition.values("elements")):
            return
    yield Problem(
        path(DISCIPLINE),
        f"the value discipline is {discipline}, which {COMPETES_ON.get(discipline, '')}, "
        f"but no value proposition lists the element {or_list(wanted)}: add it to the "
        "elements of the proposition that delivers it, or choose another value discipline",
        item=discipline,
        args={"discipline": Term(discipline), "wanted": terms(wanted),
              "elements_field": "elements", "competes": competes(discipline),
              "wanted_any": AnyOf(terms(wanted))},
    )

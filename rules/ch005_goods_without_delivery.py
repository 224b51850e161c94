"""The canvas sells physical goods, but no channel or partner delivers them.

Why: a product that is made has to reach the customer: a shop, a courier,
a distributor, the post. A canvas that sells goods it produces without any
channel or partner that brings them to customers has left out the step
where many such businesses lose their margin (shipping, returns, shelf
space). Goods are sold when a revenue stream is an asset sale and a key
activity is production (written, or read from their words); delivery is a
channel with the delivery phase, a retail or wholesale channel, a channel
through a store, marketplace, the mail or in person, or a partner whose
words say it delivers (courier, logistics, distributor, retailer). A
canvas that writes its channels' phases is left to CH003, which names the
missing delivery phase per segment.

Fails:

    name: Nonna's Pasta
    channels:
      - name: Instagram
        medium: social-media
    revenue_streams:
      - name: Pasta sales
        type: asset-sale
    key_activities:
      - name: Making fresh pasta
        type: production

Passes:

    name: Nonna's Pasta
    channels:
      - name: Instagram
        medium: social-media
      - name: Delicatessen shops
        type: retail
    revenue_streams:
      - name: Pasta sales
        type: asset-sale
    key_activities:
      - name: Making fresh pasta
        type: production
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.canvas import Canvas
from canvaslint.read import blocks as B

CODE = "CH005"
NAME = "goods-without-delivery"
SEVERITY = "warning"
SUMMARY = "The canvas sells physical goods, but no channel or partner delivers them"

TRANSLATIONS = {
    "nl": {
        "summary": "Het canvas verkoopt fysieke producten, maar geen kanaal of partner levert ze",
        "why": "Waarom: een product dat gemaakt wordt, moet bij de klant komen: een winkel, een "
               "koerier, een distributeur, de post. Een canvas dat producten verkoopt zonder "
               "kanaal of partner die ze bij de klant brengt, slaat de stap over waar veel van "
               "zulke bedrijven hun marge verliezen (verzending, retouren, schapruimte). Er "
               "worden producten verkocht als een inkomstenstroom een verkoop is en een "
               "kernactiviteit productie (ingevuld, of afgeleid uit de woorden). Een "
               "canvas dat de fasen van zijn kanalen invult, laten we aan CH003 over.",
        "default": 'inkomstenstroom "{stream}" verkoopt wat "{activity}" maakt, maar geen kanaal '
                   "of partner brengt het bij de klant: voeg het kanaal toe dat levert (een "
                   "winkel, bezorging, de post) of de partner die het doet (een koerier, een "
                   "distributeur)",
    },
    "ru": {
        "summary": "Холст продает физические товары, но ни канал, ни партнер их не доставляет",
        "why": "Почему: произведенный товар должен дойти до клиента: магазин, курьер, "
               "дистрибьютор, почта. Холст, который продает товары без канала или партнера, "
               "доставляющего их клиентам, пропускает шаг, на котором многие такие компании "
               "теряют маржу (доставка, возвраты, место на полке). Товары продаются, если поток "
               "доходов — продажа, а ключевой вид деятельности — производство (указано или "
               "выведено из слов). Холст, в котором указаны фазы каналов, оставлен "
               "правилу CH003.",
        "default": 'поток доходов "{stream}" продает то, что делает "{activity}", но ни канал, '
                   "ни партнер не доводит это до клиента: добавьте канал, который доставляет "
                   "(магазин, доставку, почту), или партнера, который это делает (курьера, "
                   "дистрибьютора)",
    },
}

# Media through which goods change hands.
_HANDING_OVER = frozenset({"store", "marketplace", "mail", "in-person"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    making = [a for a in canvas.block(B.ACTIVITIES) if a.text("type") == "production"]
    sales = [s for s in canvas.revenue_streams if s.text("type") == "asset-sale"]
    if not making or not sales or not canvas.channels or _delivered(canvas):
        return
    if any("phases" in c.fields for c in canvas.channels):
        return  # the canvas writes its channels' phases: a missing delivery is CH003's
    stream, activity = sales[0], making[0]
    yield Problem(
        stream.at,
        f'revenue stream "{stream.name}" sells what "{activity.name}" makes, but no channel or '
        "partner brings it to customers: add the channel that delivers (a shop, delivery, the "
        "post) or the partner that does (a courier, a distributor)",
        item=stream.name,
        args={"stream": stream.name, "activity": activity.name},
    )


def _delivered(canvas: Canvas) -> bool:
    for channel in canvas.channels:
        if "delivery" in channel.values("phases") or channel.text("type") in ("retail",
                                                                              "wholesale"):
            return True
        if _HANDING_OVER.intersection(channel.values("medium")):
            return True
        if not channel.has("medium") and not channel.has("phases") and channel.fields:
            return True  # an annotated channel that says nothing of how: give it the benefit
    return any(p.text("delivers") for p in canvas.block(B.PARTNERS))

"""A reference names an item of the wrong block.

Why: each reference field links two particular blocks: a proposition's
`segments` name customer segments, a relationship's `channels` name
channels. Naming an item of another block links things that do not belong
together, and the rules that follow the link cannot work.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    channels:
      - name: Boutiques
    value_propositions:
      - name: Coffee at home
        segments: [boutiques]

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    channels:
      - name: Boutiques
    value_propositions:
      - name: Coffee at home
        segments: [home-coffee-lovers]
"""

CODE = "R003"
NAME = "wrong-kind-reference"
SEVERITY = "error"
NEEDS_CANVAS = True

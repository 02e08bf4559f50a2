"""Deals: agreements, contracts, investments, loans, acquisitions and offtakes reported as made.

A sentence reports a deal when a transaction verb is in it ("signed", "agreed", "acquired",
"will lend") or a weaker verb ("approved", "received", "unveiled") comes with money or with a
new deal named by an indefinite phrase ("a 10-year offtake agreement"); the verb must not be
hedged ("plans to", "could", "in talks") and the sentence must not merely go on about a deal
already reported ("The agreement still has to be ratified", "Under the deal, ..."), report a
failure ("fell apart"), a running total ("have invested $30 billion since 2020"), a ruling ("a tribunal ordered
Italy to pay ...") or a habit of trade ("Japan buys LNG from Qatar"). Its parties
are the countries (also through their government bodies: "the Pentagon") and companies of the
clause (in a market wrap, not the exchange's country nor the other movers); a nationality that only
describes a company ("Korean shipbuilder Hanwha Ocean"), the site of a plant ("a refinery in Saudi
Arabia") and what an aside says ("Trafigura, which also buys copper from Glencore, ...") are not parties,
but a nationality is when no company is named ("an Indian refiner signed ..."). "The company" and "the
government" stand for the article's protagonist company and country. An offtake signed "with A and B" is
one deal per buyer. A deal needs two parties. The headline and standfirst restate the body:
their deals count only when the body does not report them. A deal that states no money takes the value
a sentence soon after gives it ("The deal is worth $500 million"); one that names no goods trades what an
earlier deal of its company trades, else the article's own commodity.

Deal words (verbs, hedges, deal nouns, type words) are found in one automaton pass over the
article; only sentences holding a transaction verb, or a weaker verb with money or a deal noun,
are read closely.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from operator import itemgetter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from newsetl.extract.amounts import ParsedAmount
from newsetl.extract.lexicon import COMMODITY, COMPANY, COUNTRY, ORGANISATION
from newsetl.extract.matcher import BLOCK, Hit, Label, PhraseMatcher
from newsetl.extract.occurrence import EnclosingSpans, Occurrence
from newsetl.extract.text import Document, Sentence, split_sentences

DEAL_TYPES = ("offtake", "agreement", "loan", "joint_venture", "merger", "equity_investment", "supply",
              "acquisition", "capital_raise", "financing", "investment")

STRONG, WEAK, NOUN, HEDGE, TYPE = "strong", "weak", "noun", "hedge", "type"

# Transaction verbs: enough on their own.
_STRONG_WORDS = """
sign signs signed signing ink inks inked agree agrees agreed finalise finalises finalised finalize finalizes
finalized conclude concludes concluded seal seals sealed sealing clinch clinches clinched struck acquire acquires
acquired acquiring bought buy buys purchased merge merges merged merging invest invests invested investing lend
lends lending lent charter charters chartered chartering
""".split()
_VENTURE_PHRASES = [f"{verb} a {new}{kind}venture" for verb in ("form", "forms", "formed", "forming")
                    for new in ("", "new ") for kind in ("", "joint ")]
_TAKEOVER_PHRASES = [f"{verb} over" for verb in ("take", "takes", "took", "taking")]
# "GM will get exclusive access to lithium from the mine": an offtake told as the buyer's access to the goods
_ACCESS_PHRASES = [f"{verb} {kind} access to"
                   for verb in ("get", "gets", "got", "gain", "gains", "gained", "secure", "secures", "secured",
                                "win", "wins", "won")
                   for kind in ("exclusive", "priority", "preferential", "guaranteed")]
_STRONG_PHRASES = _VENTURE_PHRASES + _TAKEOVER_PHRASES + _ACCESS_PHRASES
# What may stand between "access to" and the goods ("access to lithium", "access to the mine's copper"); a market,
# resources or projects are what a trade pact opens ("preferential access to the Indian market for coal").
_NOT_GOODS = r"(?:markets?|resources|projects?|finance|financing|sector|industry)\b"
_ACCESS_GAP = re.compile(rf"\s+(?:(?!{_NOT_GOODS})[\w'’%-]+\s+){{0,2}}")
_NOT_GOODS_AFTER = re.compile(rf"[\s-]+{_NOT_GOODS}")
# Paying for or subscribing to shares: a deal with money and what it buys ("will pay A$600 million for a
# 25% stake", "will subscribe for $45 million of new shares"); paid royalties or taxes are none.
_PAY_WORDS = frozenset("pay pays paid paying subscribe subscribes subscribed subscribing".split())
_OWNERSHIP_AFTER = re.compile(r"\b(?:stakes?|shares|equity|interest|holding|placement|notes|bonds|convertible|"
                              # "pay $450 million upfront in exchange for 20% of the silver": a stream
                              r"preferred stock|units|streams?|streaming|in exchange for)\b")
# "paid A$1.7 billion for Azure Minerals": paying for a company buys it.
_FOR_NAME = re.compile(r"[^;]*?\bfor\s+(?:all\s+of\s+|the\s+)?(?=[A-Z])")
# A deal closed, completed or renewed, named by its possessive or definite noun: "closed its purchase of
# CrownRock", "announced the completion of its merger with Piedmont", "renewed its contract with QatarEnergy".
_RENEW_WORDS = frozenset("renew renews renewed".split())
_COMPLETION_OF = re.compile(r"(?:\s+the)?\s+(?:completion|closing)\s+of(?=\s)")
# "reached a deal", "reached agreement"; with money alone a total is reached: "Bilateral trade reached $43.8
# billion last year".
_REACH_WORDS = frozenset("reach reaches reached".split())
# Ships, aircraft and machines ordered from their builder: a purchase of goods ("ordered six LNG carriers").
_ORDER_WORDS = frozenset("ordered booked placed".split())
_ORDERED_GOODS = re.compile(
    r"\s+(?:(?:up\s+to|another|a\s+further|an\s+additional)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|several|a\s+pair\s+of)\s+(?:[\w,.-]+\s+){0,5}?(?:ships|vessels|carriers|tankers|bulkers|"
    r"containerships|newbuilds|newbuildings|aircraft|jets|planes|locomotives|wagons|turbines|rigs)\b")
_ORDER_PLACED = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?orders?\s+(?:for|with)\b")
# "formed the marketing venture", "set up a joint marketing company": a venture formed, even by its definite name
_FORMING_WORDS = frozenset(("form", "forms", "formed", "forming", "set up", "sets up", "setting up", "created",
                            "established"))
_FORMED_VENTURE = re.compile(r"\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+(?:[\w-]+\s+)?"
                             r"(?:company|entity|vehicle|firm)|(?:joint\s+)?(?:venture(?!\s+capital)|partnership))"
                             r"\b(?!['’])")
# "will take 20% of the unit", "took a 15.1% interest": taking a share is a stake bought (a share of a market or of
# exports is a statistic: _TRADE_SHARE).
_TAKE_WORDS = frozenset("take takes took".split())
_SHARE_TAKEN = r"\s+(?:an?\s+|the\s+remaining\s+)?(?:further\s+|additional\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)"
_TAKES_SHARE = re.compile(_SHARE_TAKEN + r"(?!\s+(?:cut|rise|fall|drop|increase|decrease|hit|loss|writedown|"
                                          r"impairment|discount|haircut)\b)")
# "Nippon Steel will take 20% and POSCO 3% of Teck's coal unit", "... and POSCO will hold the remaining 3%": a
# second buyer named before its own share; each buyer deals with the seller, not with the other buyer.
_GAPPED_SHARE = re.compile(r"(?:\s+(?:will|would)\s+(?:take|hold|own|keep|get))?" + _SHARE_TAKEN)
_GAP_BEFORE = re.compile(r"[^,;]*?\s+and\s+(?:[^\s,;]+\s+){0,2}?$")  # "... and South Korea's POSCO"
# "The World Bank will lend $300 million and the AfDB $120 million", "A will invest $50 million and B $30 million in
# C": a second lender or investor named before its own money; the two are on the same side of the deal.
_GAPPED_MONEY = re.compile(r"\s+(?:(?:will|would)\s+(?:lend|invest|provide|contribute|put\s+in)\s+)?"
                           # "A is paying about $720 million for 20% and B about $360 million for 10%"
                           r"(?:(?:about|around|roughly|some|nearly|approximately|up\s+to|another|a\s+further)\s+)?")
_BARE_AGREEMENT = re.compile(r"\s+(?:(?:final|broad|tentative)\s+)?agreement\b")
# "confirmed a £1.3 billion investment", "made a $40 million loan": these verbs report a deal only through their
# own object, a new deal ("confirmed the figure", "made $3 billion from sales", "made a plan" are none).
_OBJECT_WORDS = frozenset("confirm confirms confirmed make makes made".split())
_NEW_DEAL_OBJECT = re.compile(
    r"\s+(?:a|an|another|new)\s+(?:(?!(?:a|an|the|its|their|and|or|to|for|of|with|in|on|by|from)\s)"
    r"[\w$€£¥.,%’'/-]+\s+){0,5}?(?:deals?|agreements?|pacts?|contracts?|"
    r"partnerships?|joint ventures?|offtakes?|loans?|investments?|acquisitions?|purchases?|merger|stake|"
    r"financing|funding|facility|transaction|sale)\b"
    # ... that heads the object: "a final investment decision", "a loan repayment", "a sale process" are none
    r"(?=\s*[.,;:)]|\s*$|\s+(?:[A-Z$€£¥\d]|(?:with|to|for|from|of|in|on|at|by|into|between|under|over|worth|"
    r"valued|totalling|totaling|amounting|and|or|that|which|as|after|last|this|earlier|signed|struck|agreed|"
    r"announced|backed|secured)\b))")
# "confirmed a deal with A had not been reached": the object is the subject of a clause the verb reports, no deal
_REPORTED_CLAUSE = re.compile(r"(?:(?!\b(?:which|that|who|whose|when|where|while|as|after|before|because|since|and|"
                              r"but|if|until|although|though|it|they|he|she|we)\b)[^,;])*?\s(?:is|are|was|were|has|"
                              r"have|had|will|would|could|can|might|may|should|did|does|remains?|remained)\b")
# "picked Oklahoma as the site of a new smelter", "chose Ohio as the location": a place chosen for a plant.
# "Japan is providing $1 billion in aid to Ukraine", "pledged a $2 billion aid package": aid given is a gift, no
# deal between giver and receiver (an aid agreement signed is one, by its strong verb).
_AID_GIVEN = re.compile(r"\s+(?:[^.;,]{0,40}?\s)?(?:(?:in|of)\s+(?:[\w-]+\s+)?aid|aid\s+(?:package|programme|program))\b")
_RECEIVE_WORDS = frozenset("receive receives received get gets".split())
_HOLDERS_BEFORE = re.compile(r"\b(?:shareholders|stockholders|holders|unitholders|investors)\s+(?:(?:will|would|are to|"
                             r"are set to|stand to)\s+)?$")
# "Varnock's owners, A and B, received 65 million Korvel shares": the subject is the sellers paid, told at length.
_HOLDERS_SUBJECT = re.compile(r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+)?(?:former\s+)?(?:owners|shareholders|"
                              r"stockholders|holders)\b")
# What sellers receive for what they sold: shares or cash, not a loan.
_CONSIDERATION = re.compile(r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:shares|cash|stock)\b"
                            r"(?![^.;]{0,40}\b(?:loan|financing|credit)\b)")
_CHOICE_WORDS = frozenset("chose chosen picked picks selected selects".split())
# "A $400 million term loan has been sanctioned by Varnock Bank", "the bank sanctioned a loan of ...": a loan
# approved; sanctions imposed ("the US sanctioned two tankers") name no loan.
_SANCTION_WORDS = frozenset(("sanctioned",))
_LOAN_NOUNS = r"(?:loans?|credit(?:\s+line)?|facility|financing|funding|debt)"
_LOAN_NOUN = re.compile(rf"\b{_LOAN_NOUNS}\b")
_LOAN_SANCTIONED = re.compile(rf"\b{_LOAN_NOUNS}\b[^,;]{{0,60}}?\s(?:has|have|had)\s+been\s+$|"
                              rf"\b{_LOAN_NOUNS}\b[^,;]{{0,60}}?\s(?:was|were|is|are)\s+$")
_SANCTIONED_LOAN = re.compile(
    rf"\s+(?:(?:an?|the)\s+(?:(?!(?:and|or|its|their|to|for|of|with|over|in|on|by|from)\s)[\w$€£¥.,%-]+\s+){{0,5}}?|"
    # "has sanctioned loans worth Rs 12,000 crore to A", "has sanctioned Rs 3,000 crore loan to A", "has sanctioned
    # Rs 3,600 crore (about $415 million) in project debt to A"
    r"(?:(?:Rs\.?|INR|[A-Z]{0,2}[$€£¥])\s?[\d.,]+(?:\s+(?:crore|lakh|million|billion|trillion|bn|mn))?\s+"
    r"(?:\([^()]{0,40}\)\s+)?(?:in\s+(?:[\w-]+\s+)?)?)?"
    rf"(?:(?:term|fresh|new|additional|further|bridge|long-term|short-term)\s+){{0,2}}){_LOAN_NOUNS}"
    # ... told by its value, its borrower or purpose, or alone ("a Rosneft financing vehicle" is no loan)
    r"(?=\s+(?:worth|valued|amounting|aggregating|totalling|totaling|to|for)\b|\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?"
    r"(?:Rs|INR|[A-Z]{0,2}[$€£¥]|\d)|\s*\(?(?:Rs|INR|[A-Z]{0,2}[$€£¥])\s?\d|\s*[.,;:)]|\s*$)")
# "Varnock Construction had been awarded the engineering and construction contract", "won the concession": work won
# is a new deal even when named as "the" one (a licence or a prize won is none, and "won the tender" mostly restates
# the contract told before).
_PROVIDE_WORDS = frozenset("provide provides provided providing granted".split())
_LOAN_GIVEN = re.compile(rf"\s+[^.;]{{0,60}}?\b(?:{_LOAN_NOUNS}|finance)\b")
_AWARD_WORDS = frozenset("awarded won win wins".split())
_WORK_WON = re.compile(r"\s+the\s+(?:(?!(?:the|an?|its|their|to|for|of|with|over|in|on|by|from)\s)[\w$€£¥.,%-]+\s+){0,5}?"
                       r"(?:contracts?|concessions?)\b"
                       # ... that ends the object: "won the contract dispute with A" is none
                       r"(?=\s*[.,;:)]|\s*$|\s+(?:[A-Z$€£¥\d]|(?:with|to|for|from|of|in|on|at|by|worth|valued|and|"
                       r"that|which|after|last|this|earlier|ahead)\b))")
# "awarded 15 cargoes to A, 12 to B", "awarded long-term charters for eight carriers to A": lots given out
_LOTS_AWARDED = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:cargoes|contracts|charters|tenders|blocks|licen[cs]es|shipments)"
                           r"\b[^.;]{0,80}?\s+to\s")
# "won a 30-year concession", "won a concession to run the port": a concession of an asset, not one in talks
_CONCESSION_WON = re.compile(r"\s+(?:an?\s+|the\s+|its\s+)?(?:\w+-year\s+(?:[\w-]+\s+){0,2}?concession|"
                             r"(?:[\w-]+\s+){0,2}?concession\s+to\s+(?:run|operate|develop|mine|explore|build|"
                             r"manage|extend)\b)")
_SITE_CHOSEN = re.compile(r"\s+(?:[\w'’.-]+\s+){1,4}?as\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?"
                          r"(?:site|location|home|base|venue)(?=\s+(?:of|for|to|where|in|at)\b|\s*[.,;]|\s*$)")  # "its home battery supplier" names none
# A participle that modifies the noun before it (`_modifies_noun_before`): after a comma and maybe an adverb, and
# before a preposition of its adjunct.
_PARTICIPLE_BEFORE = re.compile(r",\s+(?:(?:first|originally|initially|partly|largely|mostly|jointly|previously|"
                                r"recently|later)\s+)?$")
# A lower-case noun just before a participle; not an auxiliary or a pronoun ("was backed", "it backed").
_NOUN_BEFORE_PARTICIPLE = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|it|they|and|or|which|that|"
                                     r"who|also|not|then|later|soon|now)\b)(?![a-z-]+ly\s)[a-z][a-z-]+\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:in|on|at|by|through|via|with|under|from|during|last|earlier)\b")
# "A further €1.2 billion of senior debt comes from banks led by A and B": money lent told by its source; a deal
# only when money is lent, invested or raised ("Most revenue comes from copper" is none).
_SOURCE_WORDS = ("comes from", "come from", "came from")
_FUNDS_SOURCED = re.compile(r"\b(?:debt|loans?|financing|funding|equity|capital|money)\s+(?:[\w-]+\s+){0,2}?$")
# A relative clause of a pronoun subject after a noun tells a deal as background to the noun: "has since kept the
# coal mines it acquired from Teck"; "the company said it acquired" (a verb before the pronoun) reports the deal.
_PRONOUN_RELATIVE = re.compile(r"\b(?:the|an?|its|their|these|those)\s+(?:(?!(?:said|says|announced|confirmed|"
                               r"reported|added|noted|told|expects|believes|and|or)\b)[a-z][\w-]*\s+){1,3}?"
                               r"(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:had|has|have|previously|already|"
                               r"recently|once)\s+)*$")
# Weaker verbs that are nouns too, and what makes them nouns before them: "during supply disruptions", "for supply in
# November", "the export ban" (after "to" they are verbs: "agreed to supply").
_NOUN_FORMS = frozenset("supply supplies import imports export exports ship ships".split())
# Goods that "are shipped" or "is exported" somewhere go there as a rule; "was shipped" may be one cargo sold.
_FLOW_PARTICIPLES = frozenset({"shipped", "exported", "imported", "channelled"})
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:(?:mostly|mainly|largely|still|now|currently|usually|typically|"
                              r"generally|primarily|chiefly)\s+)?$")
# Lenders told as a group, and the sentence after that names them (see _lenders_named_next).
_UNNAMED_LENDERS = re.compile(r"\b(?:lenders|banks|financiers|syndicate|(?:group|consortium|club)\s+of\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:banks|traders|investors|institutions))\b")
_LENDERS_NAMED_NEXT = re.compile(
    r"(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:(?P<listed>lenders|banks|financiers)\s+"
    r"(?:are|were|include|included|comprise|comprised)\b|"
    r"(?:loan|loans|facility|facilities|financing|debt|funding|package|credit)\s+"
    r"(?:is|was|are|were|will\s+be|has\s+been|have\s+been|is\s+being)\s+(?:[\w-]+\s+)?(?:extended|provided|"
    r"arranged|underwritten|funded|financed|syndicated|granted|lent)\s+by\b)")
# Companies a deal's result is measured against are no parties: "creating a trader big enough to challenge A and B".
# "smaller rival BG Group" is the target, not a company measured against.
_RIVALS = re.compile(r"\bto\s+(?:challenge|rival|compete\s+with|take\s+on|overtake|outgrow)\b|"
                     r"\ba\s+rival\s+(?:to|of)\b|\b(?:rivals|competitors)\s+(?:such\s+as|including|like)\b")
# A participle after a determiner or a preposition is an adjective: "relies on chartered tonnage", "the agreed price".
# (Lower case but for "The", after a space: "E.ON signed" and "Vale S.A signed" are names before a verb.)
_DETERMINER_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he|an?|its|their|his|her|on|of|with|from|by)\s+$")
# A verb-noun with nothing after it in its sentence has no object: "after the war disrupted European supply."
_OBJECTLESS = re.compile(r"[\"”’)]*(?:[.;!?]|$)")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|any|of|during|for|in|on|from|with|amid|after|before|"
                          r"over|under|against|by|into|about|"
                          # "as new supply from the United States came online": an adjective of amount or reach
                          r"new|more|less|extra|fresh|ample|tight|spare|excess|global|domestic|additional)\s+"
                          # "an increase in OPEC+ supply": a name between them modifies the noun
                          r"(?:(?-i:[A-Z][\w+&.-]*)\s+)?$", re.I)
# Weaker verbs: a deal only with money or a new deal named in the clause.
_WEAK_WORDS = """
won win wins awarded secure secures secured receive receives received granted commit commits committed approve
approves approved complete completes completed close closes closed launch launches launched unveil unveils
unveiled announce announces announced became become becomes backs backed provide provides provided providing supply
import
export ship
supplied imported exported shipped channel channels channelled
pledge pledges pledged raise raises raised raising take takes took confirm confirms confirmed make makes made
funded financed refinanced create creates
created creating chose chosen picked picks selected selects sell sells sold selling reach reaches reached prepay
prepays prepaid build builds form forms formed forming
establish establishes established establishing sanctioned ordered booked placed
""".split() + ["lined up", "entered into", "enters into", "enter into", "set up", "sets up",
               "setting up"] + list(_PAY_WORDS) + list(_RENEW_WORDS) + list(_SOURCE_WORDS) + [
    # "will fund the purchase with a $1 billion loan from A and B": the verb, never the noun ("a wealth fund")
    f"{verb} {whose}" for verb in ("fund", "funds", "finance", "finances") for whose in ("the", "its", "their")]
# Phrases that contain a verb but report no deal: "took over the role of importer" is a job taken, no company;
# "said at the signing ceremony": the signing of a deal told already, as a noun.
_NOT_TRIGGERS = ["signed off", "sign off", "signs off", "signing off", "the signing ceremony", "at the signing",
                 "signs of",  # "signs of firmer demand": the noun, no verb has "of" for its object
                 # "The deal builds on a trade agreement ...": what a deal follows from, nothing built
                 "build on", "builds on", "built on", "building on"] + [
    f"{verb} over {what}" for verb in ("take", "takes", "took", "taken", "taking")
    for what in ("the role", "as", "the job", "the post", "responsibility")] + [
    # "has pledged to step up lending for critical minerals": more of an activity, no deal with anyone
    f"{scale} {activity}" for scale in ("step up", "steps up", "stepped up", "stepping up", "ramp up", "ramps up",
                                        "ramped up", "boost", "boosts", "boosted", "increase", "increases",
                                        "increased", "expand", "expands", "expanded")
    for activity in ("lending", "investing", "buying", "purchases", "investment", "investments")]
# Phrases that hold a type word but name no purchase: "signed an executive order for ...", "in order for".
_NOT_TYPES = ["executive order", "executive orders", "in order for", "in order to"]
_NOUN_WORDS = """
deal deals agreement agreements pact pacts accord accords contract contracts memorandum memoranda mou mous
framework frameworks partnership partnerships venture ventures offtake offtakes loan loans investment investments
truce arrangement arrangements sheet facility package stake financing funding commitment commitments notes
acquisition acquisitions takeover purchase purchases merger transaction sale joint order orders concession cargoes
concessions
""".split() + ["joint venture", "joint ventures", "order for", "orders for"]  # type words too: the longer
# phrase must keep both kinds
# ("joint" alone: "set up a joint marketing company" names a venture by another noun)
# Words that make a verb hypothetical when they come shortly before it ("plans to acquire").
_HEDGE_WORDS = """
may might could would should plan plans planned planning intend intends intended intention aim aims aimed seek
seeks seeking sought hope hopes hoped hoping want wants wanted considering consider considers weighing weighed
exploring explore studying mulling talks negotiating negotiations proposed proposes proposal potential possible
possibly option expect expects expected likely set asked invited signalled signaled open ready willing urged urging call calls
called demand demands demanded threatened threatens warned fear fears feared if whether not never no without
failed due refused declined rejected denied reportedly rumoured rumored can cannot unless already nothing designed
""".split() + ["yet to"] + [f"{verb} t" for verb in ("don", "didn", "doesn", "isn", "wasn", "aren", "weren",
                                                      "hasn", "haven", "hadn", "can", "couldn", "won", "wouldn",
                                                      "shouldn")]
# Words and phrases that name the kind of deal; the first in the clause decides, and at one word the
# kind listed first in DEAL_TYPES wins ("offtake agreement" is an offtake).
_TYPE_WORDS = {
    # "an agreement to market cobalt from Gecamines": selling a producer's output is an offtake
    "offtake": ["offtake", "offtakes", "off-take", "off-takes", "to market", "marketing agreement",
                "marketing deal", "marketing contract", "marketing rights"] + _ACCESS_PHRASES,
    "agreement": ["framework", "frameworks", "pact", "pacts", "accord", "truce", "memorandum", "mou", "mous", "treaty",
                  "trade agreement", "trade deal"],
    "loan": ["lend", "lends", "lending", "lent", "loan", "loans", "credit facility", "loan facility", "debt facility",
             "credit line", "line of credit"],
    "joint_venture": ["venture", "ventures", "partnership", "jv", "joint venture"] + _VENTURE_PHRASES,
    "merger": ["merge", "merges", "merged", "merging", "merger", "mergers"],
    "equity_investment": ["stake", "stakes", "shareholder", "convertible", "equity", "shares", "preferred stock"],
    "supply": ["supply", "supplies", "supplied", "import", "imports", "imported", "importing", "ship", "ships",
               "shipped", "sale and purchase", "sales and purchase", "order for", "orders for", "purchase order",
               "purchase orders", "ordered", "booked"],  # "signed an order for 160 jets": a purchase of goods
    "acquisition": ["acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "takeover",
                    "bought", "buy", "buys", "purchase", "purchases", "purchased", "sell", "sells", "sold",
                    "selling"] + _TAKEOVER_PHRASES,
    "capital_raise": ["raise", "raises", "raised", "raising", "placement", "ipo"],
    "financing": ["financing", "funding", "grant", "grants", "debt", "facility", "receive", "receives", "received",
                  "awarded", "approval", "term sheet", "prepay", "prepays", "prepaid", "prepayment",
                  "project finance"],
    "investment": ["invest", "invests", "invested", "investing", "investment", "investments"],
}


def _vocabulary() -> PhraseMatcher:
    entries: list[tuple[str, Label]] = []
    entries += [(w, Label(STRONG, w, "word", None)) for w in _STRONG_WORDS + _STRONG_PHRASES]
    entries += [(w, Label(WEAK, w, "word", None)) for w in _WEAK_WORDS]
    entries += [(w, Label(NOUN, w, "word", None)) for w in _NOUN_WORDS]
    entries += [(w, Label(HEDGE, w, "word", None)) for w in _HEDGE_WORDS]
    entries += [(w, Label(BLOCK, w, "word", None)) for w in _NOT_TRIGGERS + _NOT_TYPES]
    entries += [(form, Label(TYPE, name, "word", None)) for name, forms in _TYPE_WORDS.items() for form in forms]
    return PhraseMatcher(entries)


_DEAL_NOUNS = (r"deals?|agreements?|pacts?|accords?|contracts?|memorand(?:um|a)(?: of understanding)?|MoUs?|MOUs?|"
               r"frameworks?|partnerships?|joint ventures?|ventures?|offtakes?|loans?|investments?|truce|"
               r"arrangements?|term sheet|facility|package|stake|financing|funding|commitments?|notes|"
               r"acquisitions?|takeover|purchases?|merger|signing|transaction|sale|terms|plan|accord")
# "Contracts for the cargoes were awarded by A to B": a passive whose subject is the deal.
_DEAL_SUBJECT_PASSIVE = re.compile(rf"(?:[\w$€£¥.,%’'-]+\s+){{0,4}}?(?:{_DEAL_NOUNS})\b[^,;]{{0,60}}?\s"
                                   r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", re.I)
# A weaker verb with a deal noun as its bare object: "secured financing", "will receive offtake rights".
_BARE_DEAL = re.compile(
    r"\s+(?:also\s+)?(?:(?!(?:the|this|that|these|those|its|their|his|her|our|such|any|no)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:offtake|off-take|financing|funding|loans?|grants?|contracts?|investment|equity|debt|backing)\b")
# A share of a country's trade is a statistic, not a deal: "China bought 41% of Brazil's crude exports".
_TRADE_SHARE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)|half|a third|a quarter|two-thirds|"
    r"three-quarters|most|the bulk)\s+of\s+(?:[^\s,;.]+\s+){0,5}?"
    r"(?:exports|imports|shipments|purchases|consumption|trade|market|sales)\b")
# A country's trade over a period is a statistic, not a deal: "India imported cells worth $2.8 billion in FY23,
# 70% of them from China", "Chile exports copper worth $40 billion a year"; "Japan will import LNG" is not told
# by these forms.
_TRADE_FLOWS = frozenset("imports imported exports exported ships shipped".split())
# "South Korea bought about 46 million tonnes in 2024": a country's purchases over a period, unless of a stake.
_PURCHASE_FLOWS = frozenset("bought purchased sold".split())
_PRESENT_FLOWS = frozenset("imports exports ships".split())
# A body's present tense of trade in goods tells a habit, not news (a headline's present tense is news): "Japan
# buys LNG from Australia and Qatar", "Korea Zinc buys concentrate from Teck"; "Korea Zinc buys a 5% stake" names
# no goods as its object.
_HABIT_VERBS = frozenset("buys sells purchases imports exports ships sources supplies".split())
# The base forms of the deal verbs, which after a plural relative pronoun tell a present habit.
_BASE_FORMS = frozenset("sign ink agree finalise finalize conclude seal clinch acquire buy purchase merge invest lend "
                        "secure receive supply import export ship source sell pay".split())
_AFTER_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:(?:also|currently|now|still|mostly|mainly|largely|"
                             r"usually|typically|regularly|often|already)\s+)?$")
_RELATIVE_REACH = 20  # characters before the verb searched for the relative pronoun and its adverb
_CARGOES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:cargoes|shipments|volumes)\b")  # goods named by their lots
# An adverb of how much or how often after a present trade verb tells a habit: "India buys heavily from Russia".
_HABIT_ADVERB = re.compile(r"\s+(?:heavily|mostly|mainly|largely|chiefly|primarily|predominantly|regularly|"
                           r"routinely|typically|usually)\b|"
                           # "buys most of its LFP cells from CATL": a share of what it needs, bought as a rule
                           r"\s+(?:most|much|all|some|part|the\s+bulk|(?:a|the)\s+(?:large|larger|big|bigger)\s+share)"
                           r"\s+of\s+(?:its|their)\b")
# ... or an adverb of time before it: "Tesla currently buys cells from CATL"
_HABIT_ADVERB_BEFORE = re.compile(r"\b(?:currently|usually|typically|traditionally|still|now|mostly|mainly|"
                                  r"largely|regularly|routinely)\s+$")
# A purchase lists its sellers after "from": "bought cargoes from Shell and TotalEnergies".
_PURCHASE_WORDS = frozenset("buy buys bought buying purchase purchases purchased purchasing".split())
_BYGONE_PERIOD = re.compile(r"\b(?:in|during|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past)\s+"
                            r"(?:half|quarter|six months|nine months)\s+(?:of\s+)?)?(?:FY\s?\d\d(?:\d\d)?|"
                            r"(?:19|20)\d\d)\b|\blast\s+(?:(?:fiscal|financial)\s+)?(?:year|month|quarter)\b|"
                            # "in the fiscal year to March", "in the year to June"
                            r"\bin\s+the\s+(?:(?:previous|past)\s+)?"
                            r"(?:(?:fiscal|financial)\s+year|year\s+to\s+[A-Z][a-z]+)\b")
_MORE_DEALS = re.compile(rf"\s+more\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS})\b")
_CONCLUDED_DEAL = re.compile(rf"\s+(?:its|the|their)\s+(?:[\w$€£¥.,%’'-]+\s+){{0,3}}?(?:{_DEAL_NOUNS})\s+(?:of|with|for|to)\s")
# "completed their merger to form C", "combined to create C": the company a deal makes
_FORMED_BEFORE = re.compile(r"\bto\s+(?:form|create)\s+(?:the\s+)?(?:new\s+)?$")
# "A and B completed their merger": a combination the two subjects share needs no "with" to name its other side.
# The noun ends its phrase ("their merger last year", "their merger, which"): "their merger review", "their joint
# venture's first shipment" are other things the deal has.
_SHARED_DEAL = re.compile(r"\s+their\s+(?:[\w$€£¥.,%’'-]+\s+){0,3}?(?P<noun>merger|combination|tie-up|joint venture)"
                          r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:in|on|at|to|with|of|for|after|before|since|during|under|and|"
                          r"last|this|earlier|early|late|that|which|announced|agreed|deal|agreement|transaction|"
                          r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_SHUTTING_WORDS = frozenset("close closes closed closing shut shuts shutting".split())  # a venture closed is shut
# "a new supply deal", "two offtake agreements"; not the sources of a report ("two people familiar with the terms").
_INDEFINITE_DEAL = re.compile(
    rf"\b(?:a|an|another|new|separate|\d+|two|three|four|several)\s+"
    rf"(?:(?!(?:people|persons|sources|officials|familiar|briefed)\b|close\s+to\b)[\w$€£¥.,%’'/-]+\s+){{0,5}}?"
    rf"(?:{_DEAL_NOUNS})\b")
_ELABORATION = re.compile(
    rf"^[\"“]?(?:(?:Under|As part of|Through|With|After|Before|Since|Following|Upon|By|At|For)\s+)?"
    rf"(?:the|this|that|these|its|their|such)\s+(?:[\w$€£¥.,%’'-]+\s+){{0,5}}?(?P<noun>{_DEAL_NOUNS}|shares)\b", re.I)
# "The deal is worth about $500 million", "The agreement is valued at up to $9 billion", "Analysts put the
# value of the contract at $60 billion": the value of a deal reported shortly before. The valued thing may be a
# deal's own kind ("The charter is worth", "the volume would be worth"), after a lead-in ("At current prices,
# ..."), with an aside ("The contract, signed in Rome, is valued at"), or in a report ("Acme said the contracts
# had a combined value of").
_VALUED_NOUNS = (rf"{_DEAL_NOUNS}|charters?|leases?|concessions?|streams?|royalty|tender offer|offer|volumes?|"
                 r"deliveries|supplies|supply")
# "At current prices, ..." or, without its comma, "Based on current prices the supply is worth ...": a lead-in
# that opens with a preposition of measure
_VALUED_DEAL = re.compile(rf"(?:^[\"“]?(?:(?P<lead>[A-Z][^,;]{{0,80}}),\s+|"
                          rf"(?P<bare_lead>(?:At|Based on|On|In)\s+(?:[\w'’-]+\s+){{1,4}}?))?|"
                          rf"\b(?:said|says|added|estimated|estimates)\s+(?:that\s+)?)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,3}}?(?P<valued>{_VALUED_NOUNS})"
                          rf"(?:,[^,;]{{1,100}},)?\s+(?:(?:is|was|are|were|would be|will be|could be)\s+"
                          rf"(?:[\w-]+\s+){{0,3}}?(?:worth|valued)\b|"
                          rf"(?:has|had|have|carries|carried|carry)\s+an?\s+(?:[\w-]+\s+){{0,2}}?value\b)|"
                          rf"\bvalue(?:d|s)?\s+(?:of\s+)?the\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS})\s+at\b")
# "The consideration is A$62 million in cash", "The purchase price was $1.1 billion".
_PRICED_DEAL = re.compile(r"^[\"“]?(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:consideration|purchase price|price tag)\s+"
                          r"(?:is|was|will be|would be|totals|totalled|totaled|amounts to|amounted to|comes to|came to)\s"
                          # the money itself, not "small relative to Tesla's $1 trillion market value"
                          r"(?:(?:about|around|roughly|some|approximately|nearly|almost|up to|an estimated)\s+)?"
                          r"(?:[A-Z]{0,3}[$€£¥]|\d)")
# "The partners put the total investment at $2.6 billion", "Analysts estimate the cost of the contract at $1bn":
# a bare cost or value is anything's ("estimated the market value at $10 billion"), only the investment the deal's.
_OF_THE_DEAL = rf"\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS})"
_ESTIMATED_DEAL = re.compile(rf"\b(?:put|puts|putting|estimated?|estimates|pegged|pegs)\s+the\s+(?:[\w-]+\s+)?"
                             rf"(?:investment(?:{_OF_THE_DEAL})?|(?:cost|value|price tag){_OF_THE_DEAL})\s+at\b")
# "JERA will pay about $740 million for the stake".
_PAID_FOR_DEAL = re.compile(rf"\b(?:pay|pays|paid|paying)\s+[^.;]{{0,40}}?\s+for\s+(?:the|this|that|its)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS}|interest|holding|shares)\b")
# "B will receive a $40 million payment from A under the agreement": money that a deal reported before moves,
# anywhere in the sentence; its value when that deal states none.
_UNDER_THE_DEAL = re.compile(rf"\b(?:[Uu]nder|[Aa]s part of|[Ii]n line with)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?P<noun>{_DEAL_NOUNS})\b")
# "In return it will receive a participation interest ...": what one side gets for a deal told before; "In exchange
# for a 20% stake, A will invest ..." tells the deal itself.
_CONSIDERATION_OPENING = re.compile(r"[\"“]?In\s+(?:return|exchange)\b(?!\s+for\b)")
_UNDER_OPENING = re.compile(rf"[\"“]?(?:Under|As part of|In line with)\s+(?:the|this|that|their|its)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS})\b")
# "The project is expected to cost about $1.8 billion", "Developing the two deposits will cost $1.1 billion": what
# the venture a deal sets up costs, the value of a deal to build or develop it (`_COSTED_KINDS`). The subject names
# the venture ("The strike will cost ...", "The new tax would cost ..." are no venture's), and the money follows
# the verb ("will cost the company $20 million" is a loss, no price).
_COSTED_VENTURE = (r"(?:(?:[\w'’-]+\s+){0,4}?(?i:projects?|mines?|plants?|refiner(?:y|ies)|smelters?|phases?|"
                   r"expansions?|developments?)|(?:Building|Developing|Constructing|Expanding)\s+"
                   r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+")
_COSTED_MONEY = (r"\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|up to|an estimated|more than|"
                 r"at least)\s+)?(?:[A-Z]{0,3}[$€£¥]|\d)")
_COSTED_PROJECT = re.compile(rf"^[\"“]?(?P<costed>{_COSTED_VENTURE})(?:is|are|was|were)\s+(?:expected|estimated|"
                             rf"projected|forecast|likely|set)\s+to\s+cost{_COSTED_MONEY}|"
                             rf"^[\"“]?(?P<costed_now>{_COSTED_VENTURE})(?:will|would)\s+cost{_COSTED_MONEY}")
_COSTED_KINDS = frozenset(("investment", "joint_venture", "agreement"))
# "That values Sandstorm at about $3.5 billion", "The offer values Varnock at $2 billion": the price of a company
# bought whole, named as a party of the takeover told before, or by what the article introduced it as ("The deal
# values the miner at $3.5 billion" after "agreed to buy copper miner Varnock")
_VALUES_TARGET = re.compile(r"^[\"“]?(?:That|This|It|The\s+(?:[\w-]+\s+)?(?:deal|offer|bid|transaction|price|"
                            r"agreement|acquisition|takeover|merger))\s+(?:values?|valued)\s+"
                            r"(?P<target>[A-Z][^.;,]{0,60}?|the\s+(?P<kind_of>[a-z]+))\s+at\b")
# "The agreement, signed in Kinshasa, grants ... and commits the company to spend at least $100 million": a spend
# the deal binds its party to
_COMMITTED_SPEND = re.compile(rf"^[\"“]?(?:The|This|That)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_NOUNS})\b[^;]*?"
                              r"\bcommit(?:s|ted)?\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:spend|invest)(?:ing)?\b")
_VALUE_REACH = 3  # sentences from a deal to the one that gives its value
# "worth about $2 billion", "valued at more than $2 billion": words of approximation before a deal's money
_APPROXIMATELY = (r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|an\s+estimated|more\s+than|over|"
                  r"at\s+least)\s+)?")
# "The Korvel deal alone is valued at about $9 billion, and the Varnock contract at around $4.8 billion": a deal
# noun led by a party's name and followed by money values that party's deal, one of several told before.
_NAMED_DEAL_VALUE = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:[a-z][\w-]*\s+)?(?:deal|contract|agreement|"
    # only words of value between the deal and its money ("includes a break fee set at $50 million" is no value)
    r"pact)\s+(?:alone\s+|itself\s+)?(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:worth|valued\s+at|"
    rf"(?:comes\s+in\s+|came\s+in\s+)?at)\s+{_APPROXIMATELY}")
# words without which _UNDER_THE_DEAL cannot match: a cheap test first
_UNDER_HINTS = ("nder ", "art of", "ine with")
# "the minerals agreement that Washington and Kyiv signed in April", "a trade agreement the two governments reached
# in July": a deal told in a relative clause by the sides that made it
_OPENING_DEAL = re.compile(r"[\"“]?(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+){0,3}")
_RELATIVE_DEAL = re.compile(rf"\b(?:{_DEAL_NOUNS})\s+(?:that\s+|which\s+)?(?:the\s+two\s+(?:governments|countries|"
                            r"nations|companies|sides)|[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})\s+"
                            r"(?:had\s+|have\s+)?(?:signed|reached|struck|sealed|inked|agreed|concluded)\b")
# The sentences that give the value of a deal told before, each pattern after the words it cannot match without.
_VALUATIONS = ((("worth", "value"), _VALUED_DEAL),
               (("consideration", "purchase price", "price tag"), _PRICED_DEAL),
               (("put the ", "puts the ", "putting the ", "estimated the ", "estimate the ", "estimates the ",
                 "pegged the ", "pegs the "), _ESTIMATED_DEAL),
               (("pay", "paid"), _PAID_FOR_DEAL),
               (_UNDER_HINTS, _UNDER_THE_DEAL),
               ((" cost ",), _COSTED_PROJECT),
               (("value",), _VALUES_TARGET),
               (("commit",), _COMMITTED_SPEND))
# "The one deal that did close: Zijin completed ...": a deal noun in a lead-in before a colon names the deal told
# after it.
_LEAD_IN = re.compile(r"[^.;:]{0,30}:\s")
_REPORTED_ELABORATION = re.compile(
    rf"\b(?:said|says|added|noted|told [\w ]{{0,20}}?|cautioned|warned|argued|stressed|explained)\s+"
    rf"(?:on \w+\s+)?(?:that\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_DEAL_NOUNS})\b")
# What follows "agreed"/"signed" can take the commitment away: "agreed to hold talks", "signed into law",
# "signed an executive order" (an act of government, not a deal).
_NO_COMMITMENT = re.compile(
    r"\s+(?:to\s+(?:hold|resume|continue|start|begin|launch|open)\s+(?:\w+\s+)?(?:talks|negotiations|discussions)|"
    r"to\s+(?:discuss|explore|study|consider|negotiate|work towards|cooperate|look into|seek)\b|into\s+law\b|"
    # "agreed to defer $182 million of debt service": a change to a deal already made
    r"to\s+(?:defer|delay|postpone|waive|suspend|pause)\b|"
    # "shareholders owning 32% have agreed to vote in favour": support for a deal, no deal of their own
    r"to\s+vote\b|"
    # "signed a term sheet with X for a possible 10-year supply": a step towards a deal that may not come
    r"(?:an?|the)\s+(?!(?:[\w-]+\s+){0,2}?(?<!non-)binding\b)(?:[\w-]+\s+){0,2}?"
    r"(?:term\s+sheet|letter\s+of\s+intent|heads\s+of\s+agreement)\b[^.;]{0,80}?"
    r"\bfor\s+(?:a\s+|an\s+)?(?:possible|potential|proposed|prospective)\b|"
    r"(?:an?|the|two|several)\s+(?:new\s+)?(?:executive\s+orders?|proclamations?)\b)")
# "received a letter of interest from EXIM for potential financing": a lender's non-binding interest, no loan.
_INTEREST_LETTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?letters?\s+of\s+interest\b")
# "agreed with the analysts": an opinion shared; "agreed with MP Materials to build a plant" and "agreed with
# Covestro on a takeover" are deals.
_OPINION_SHARED = re.compile(r"\s+with\s+(?!(?:[\w.&'’()-]+\s+){1,6}?(?:to\s+(?!(?:some|a|an|the|this|that|what|date)\b)"
                             rf"[a-z]|on\s+(?:an?|the)\s+(?:[\w$€£¥.,%’'-]+\s+){{0,5}}?(?:{_DEAL_NOUNS})\b))")
_REPORTING_WORDS = ("said", "says", "added", "noted", "told", "cautioned", "warned", "argued", "stressed", "explained")
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|announced|confirmed|added)\b(?:(?!\b(?:if|whether)\b)[^.;])*\bwould\s+(?:\w+\s+)?$")
# Who reports a deal is no party of it: "Analysts at Citi said Glencore agreed ...", "Reuters reported that X
# had signed ...", "..., Citi analysts said", "According to Reuters, X signed ...".
_REPORTING_VERBS = r"(?:said|says|reported|reports|told|added|noted|wrote)"
_REPORTING_VERB = re.compile(rf"\b{_REPORTING_VERBS}\b")
# A source of figures is never a party: "according to ship-tracking data from Kpler", "LSEG data showed".
_DATA_SOURCE = re.compile(r"\b(?:data|figures|estimates|statistics|calculations|tracking|survey)\b")
_ACCORDING_TO = re.compile(r"(?:^|,\s+)[Aa]ccording to\b[^,;]*,\s+")
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according\s+to\b|(?!(?:which|who|whose)\b)(?:[\w.&'’-]+\s+){1,6}?"
    rf"{_REPORTING_VERBS}\b|(?:said|says|reported|told)\b)")
# "Glencore reported record profit and agreed ...": a verb with an object reports no deal.
_REPORTED_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|record|higher|lower|strong|weak|net|quarterly|annual|"
                              r"full-year|first-half|[$€£¥\d])")
# What may stand between a reporting verb and the named subject of what it reports: adverbials and "that"
# ("said in a statement on Monday that Teck ...", "said Thursday Teck ..."); never a pronoun, which makes the
# reporter the subject ("Glencore said it agreed ...").
_NOT_PRONOUN = r"(?!(?:it|its|they|their|we|our|he|his|she|her)\b)[\w'’.-]+"
_REPORT_ADJUNCTS = (rf"(?:\s*(?:,|that\b|(?:on|in|at|late|early|earlier|last|this|during)\s+(?:{_NOT_PRONOUN}\s+){{0,3}}"
                    rf"{_NOT_PRONOUN}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|today\b|yesterday\b))*\s*")
_REPORTED_SUBJECT_GAP = re.compile(_REPORT_ADJUNCTS)
# "told clients that Vale signed ...", "told Reuters Teck signed ...": "told" first names whom it tells.
_TOLD_SUBJECT_GAP = re.compile(rf"\s+(?:{_NOT_PRONOUN}\s+){{0,2}}{_NOT_PRONOUN}{_REPORT_ADJUNCTS}")
_REPORTED_SUBJECT_REACH = 80  # characters from a reporting verb to the subject it reports; adverbials are short
_HEDGE_WINDOW = 48  # characters before a trigger in which a hedge word makes it hypothetical
# The course not taken: "drew on contracts rather than buy spot", "instead of buying a mine" (not a whole clause
# after "Instead of building a mine,": its deal verb is the main clause's)
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:to\s+)?$", re.I)
_SET_BEFORE_WHEN = re.compile(r"\s+(?:in|on|at|during)\s[^;:]{0,30}?,?\s+when\s+[^;:]{0,40}")
# Between two deal verbs of one hedge: "plans to buy A and sell B"; not "plans to buy A and has signed B" (a finite
# verb of its own: see _shares_hedge) nor across a comma ("..., and sold B").
_COORDINATED_VERB_GAP = re.compile(r"[^,;:.]*?\sand\s+(?:then\s+|later\s+|also\s+)?")
_COORDINATION_REACH = 80  # characters from a verb back to the hedged verb it is joined to
_FAILED = re.compile(r"\b(?:fell apart|collapsed|scrapped|cancell?ed|terminated|called off|walked away|"
                     r"abandoned|vetoed|failed to|fell through)\b")
# Totals over time are not a deal: "Chinese firms have invested $30 billion since 2020".
_CUMULATIVE = re.compile(r"\b(?:since (?:then|20\d\d|19\d\d)|to date|so far|in recent years|over the (?:past|last) "
                         r"(?:\w+ )?(?:years|decades?))\b|"
                         # ("has since built", "the company has since said": "since" an adverb, no time since)
                         r"\b(?:have|has)\b(?!\s+since\b)[^;]*(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\b")
# "The grant takes funding for the project to £410 million": a running total, unless a deal verb is there too
_RUNNING_TOTAL = re.compile(r"\b(?:takes|took|taking|brings|brought|bringing|lifts|lifted|lifting)\s+(?:the\s+|its\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:funding|financing|investment|investments|commitments|total)\b"
                            r"[^.;]{0,60}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+)?\S*\d")
# A ruling that orders a payment makes no agreement: "A World Bank tribunal ordered Italy to pay Rockhopper
# €190 million", "Panama was ordered to pay First Quantum", "the tribunal awarded Rockhopper €190 million", "won an
# arbitration award of $1.2 billion" (a settlement agreed is a deal). A court merely named ("a judge ruled on the
# bid") is none, nor is a ruling told in an aside or an adjunct ("Vale, which a court ordered to pay ..., signed",
# "... signed a deal with Vale after the court ordered Samarco to pay ...").
_RULING = re.compile(r"\b(?:ordered|orders|ordering)\s+(?:[\w'’.&-]+\s+){0,5}?to\s+(?:pay|repay|compensate|refund|"
                     r"reimburse)\b|\b(?:tribunal|court|arbitrators?|panel|judge|jury)\s+(?:[\w'’.-]+\s+){0,3}?"
                     r"(?:awarded|awards|awarding)\s+(?:[\w'’.&-]+\s+){0,5}?(?:[$€£¥]|[A-Z]{1,2}\$|\d|damages\b|"
                     r"compensation\b)|\b(?:arbitration|arbitral)\s+award\b", re.IGNORECASE)
_RULING_HINTS = ("order", "award")
# What follows the deal in an adjunct of its own: "... agreed to buy X for $6.7 billion after a judge ruled ..."
_LATER_ADJUNCT = re.compile(r"(?:,\s+|\s+)(?:after|before|following|once|when|until|since)\s")
_FAILED_HINTS = ("fell", "collapsed", "scrapped", "cancel", "terminated", "called off", "walked away", "abandoned",
                 "vetoed", "failed to")
_AUXILIARIES = r"(?:has|have|had|will|would|is|are|was|were|also|then|later|separately)"
# An opening subordinate clause sets another event beside the deal: "While lithium prices have fallen $60,000 since
# 2022, Covalent signed ...", "After posting a $4.2 billion profit, Fortescue agreed ..."; not "Since 2020, ...",
# which dates a running total.
# "Besides the equity investment, the two companies signed an offtake": a deal told before, not the kind of this one.
_OPENING_ADJUNCT = re.compile(r"^(?:After|While|Whilst|Despite|Although|Though|Having|Even as|Even though|Alongside|"
                              r"Besides|In addition to|As well as|On top of)\b"
                              r"(?:[^,;]|,(?=\d))*,\s+")
# ", its largest single commitment so far", "in the biggest listing anywhere so far this year": a phrase ranking the
# commitment that "so far" bounds, no running total ("has lent $3 billion to A, its biggest borrower so far" and "in the first three phases so far" are).
_SUPERLATIVE_SO_FAR = re.compile(r"(?:,|\bin)\s+(?:its|the|their)\s+(?:largest|biggest)\s+(?:single\s+)?(?:commitment|"
                                 r"investment|loan|outlay|deal|financing|contract|order|transaction|acquisition|"
                                 r"purchase|bet|listing|IPO|offering|placement|fundraising)\s+(?:anywhere\s+)?"
                                 r"(?:so far|to date)\b")
_CUMULATIVE_HINTS = ("since", "to date", "so far", "in recent years", "over the past", "over the last")
_RUNNING_TOTAL_HINTS = ("takes ", "took ", "taking ", "brings ", "brought ", "bringing ", "lifts ", "lifted ",
                        "lifting ")
# "X raised $75 million and signed a supply deal with Y": a second transaction verb of the same subject.
_SECOND_VERBS = r"(?:signed|agreed|inked|struck|sealed|secured|raised|acquired|bought|completed|took|sold|invested)"
# A past tense of the subject's next act; one that adds to the deal just told is none: "..., and it added Ford as a
# second buyer" names another party of that deal.
_NEXT_ACT = r"(?!(?:added|named|expanded|extended|included|invited)\b)\w+ed"
# "X agreed to sell A to B, a day after it signed an offtake with C": a second deal of the same subject.
# ", days after it signed ...", ", days after a company subsidiary signed ...": an earlier deal, its own clause
_LATER_DEAL = (r",\s+(?:[\w-]+\s+){0,2}?after\s+(?=(?:(?:it|they)\s+|(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?)"
               r"(?:" + _AUXILIARIES + r"\s+)?" + _SECOND_VERBS + r"\s)")
# A semicolon inside brackets separates list items ("(Nasdaq: PLL; ASX: PLL)"), not clauses; the closing
# bracket is looked for over a short item only, so that a text of many semicolons is read in linear time.
# "..., and in February it agreed with Petronas ...", "..., and it has also leased a vessel from B": the
# subject's next act, after a time adjunct; its names are no parties of the first deal.
_LATER_OWN_DEAL = (r",\s+and\s+(?:(?:in|on|last|earlier|later|this|next)\s+[^,;]{0,25}?,?\s+)?"
                   r"(?=(?:it|they|the\s+(?:government|administration))\s+(?:" + _AUXILIARIES
                   + r"\s+){0,2}(?:" + _SECOND_VERBS + "|" + _NEXT_ACT
                   + r")\s)")
# "A signs a supply contract with B as C talks drag on", "..., C talks continue": talks told beside the deal are a
# clause of their own (no deal: talks are none), so C is no party of the deal. After a bare comma the talks need
# a verb saying how they go, so that "..., after long talks, ..." stays one clause.
_TALKS_BESIDE = (r"\s+as\s+(?=(?:[\w'’.&-]+\s+){0,4}?(?:talks|negotiations|discussions)\b)|"
                 r",\s+(?=(?:[\w'’.&-]+\s+){0,4}?(?:talks|negotiations|discussions)\s+"
                 r"(?:continu|stall|drag|resum|falter|remain|go\s+on|goes\s+on)\w*\b)")
_TALKS_WORDS = ("talks", "negotiations", "discussions")
# ", as well as ..." always adds to a list ("with A, as well as with B", "A's unit, as well as B's stake"), no clause
# of its own, unlike ", as prices fell".
# Every break opens with ";", "," or a space: the leading lookahead lets the regex engine pass any other character
# at once instead of trying each alternative there.
# "CF said A had been awarded the contract, and that B would license the technology": a second reported clause.
_CLAUSE_BREAK = re.compile(r"(?=[;:,\s])(?:"
                           # "Anglo, after rejecting BHP's £39 billion approach, began selling assets: it agreed to
                           # sell ...": a colon before a pronoun subject opens a clause of its own
                           r":\s+(?=(?:it|they|the\s+(?:company|group))\s)|"
                           r";(?![^();]{0,60}\))\s+|,\s+and\s+that\s+|,\s+(?:while|whereas|but|as(?!\s+well\s+as\b))\s+|\s+while\s+|,\s+and\s+(?=" + _AUXILIARIES + r"\b)|"
                           r",?\s+and\s+(?=" + _SECOND_VERBS + r"\s)|" + _TALKS_BESIDE + "|" + _LATER_DEAL + "|"
                           + _LATER_OWN_DEAL + ")")
# "A signed a deal with B, and Korea's Posco agreed ...": after a clause with its own verb, a second subject
# with its own verb ("A, which co-owns the mine, and B signed ..." is one subject list). The subject may carry
# a rivalry word and a bracketed place ("..., and rival GAIL (India) Ltd has contracts with Vitol"), and what it
# already has or holds is its own clause, not more parties of the first deal.
_SECOND_SUBJECT = re.compile(r",\s+and\s+(?=(?:the\s+)?"
                             r"(?:(?:rival|peer|fellow|compatriot|state-(?:run|owned))\s+)?"
                             r"(?:[A-Z][\w'’.&-]*\s+|\([A-Z][^()]{0,30}\)\s+){1,5}"
                             r"(?:(?:has|have|had|also|already)\s+)?(?:" + _SECOND_VERBS +
                             # "..., and Nippon Steel will take 20% of ...", "..., and CEEC will build the plant": a
                             # future verb of the second subject
                             r"|(?:will|would)\s+[a-z]+"
                             # "..., and CEEC (Energy China) is the contractor": what it is, its own clause
                             r"|has|have|holds|hold|is|are|was|were)\s)")
# A clause that opens with its verb shares the sentence's subject: "X signed a loan with A, and has agreed a
# supply contract with B"; so does one whose pronoun does ("..., and in 2024 it renewed its offtake with B").
_SHARED_SUBJECT = re.compile(rf"(?:(?:it|they)\s+)?(?:{_AUXILIARIES}|{_SECOND_VERBS})\b|(?:it|they)\s+{_NEXT_ACT}\b")
_COMPANY_ANAPHOR = re.compile(
    # "[Tt](?<!\w[Tt])" is "\b[Tt]" written so that the regex engine can skip ahead to a "t" in C.
    r"[Tt](?<!\w[Tt])he\s+(?:[\w.-]+\s+){0,3}?(?:company|firm|miner|producer|refiner|developer|trader|trading house|"
    r"maker|manufacturer|utility|operator|shipbuilder|carmaker|automaker|explorer|smelter|supplier|group|lender|fund|"
    # a central bank, a news or rating agency is no company of the article
    r"(?<!central )bank|(?<!news )(?<!rating )(?<!ratings )agency|"
    # "the U.S. major completed", "the oil major": a major named by its nationality or trade, not the adjective of
    # "the two major oil companies", "major banks", "the first major project"
    r"(?<=\s)(?:[A-Z][\w.-]*|oil|energy|mining)\s+major(?!\s+(?:oil|gas|energy|\w+s)\b))\b"
    r"(?!['’]s|\s+[A-Z])")
# "The fund", "the state-backed lender": the last body named with such a word ("National Wealth Fund", "European
# Investment Bank"); a fund or a bank is also a lender.
_NAMED_BY = {"fund": ("Fund",), "bank": ("Bank",), "lender": ("Bank", "Fund"), "agency": ("Agency",)}
_LENDER_NOUNS = frozenset(("fund", "bank", "lender"))
# "The two companies will form a joint venture", "Both governments signed ...": the pair the article named
# last, as the subject of the clause's deal.
_PAIR_ANAPHOR = re.compile(r"\b(?:(?:[Tt]he\s+two|[Bb]oth)\s+(?:(?P<states>countries|governments|nations)|companies|"
                           r"firms|groups|miners|partners|sides|parties)|[Tt]he\s+(?:partners|pair))\b")
_PAIR_HINTS = ("two", "oth", "partners", "pair")  # words without which _PAIR_ANAPHOR cannot match
_PAIR_REACH = 3  # sentences back to the one naming the pair
_PRONOUN_REACH = 2  # sentences back to the one whose subject an opening "It" is
_MOVE_WORDS = frozenset(("rose", "fell"))
# "It also signed ...", "In 2023 it completed ...": a pronoun that opens the sentence, after a short adjunct, as
# the subject of its deal verb.
# (A short adjunct, not a main clause of its own: "Santos rose 2% after it signed ..." has a subject before "it".)
_PRONOUN_SUBJECT = re.compile(r"(?:(?:(?!\b(?:after|as|when|before|because|once|while)\b)[^,;]){0,30}?,?\s+)??"
                              r"[Ii]t\s+(?:(?:also|has|had|then|later|will|already|recently|subsequently|separately)"
                              r"\s+)*$")
_FINITE_VERB = re.compile(r"\s(?:has|have|had|is|was|are|were|will|would|can|could|said|says|\w+ed|became|becomes|"
                          r"bought|owns|holds|took|won|sold|went|made|got|gave|grew|began|saw|rose|fell|paid|built|kept|"
                          r"spent|brought|struck)\b")
_GOVERNMENT_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+(?:federal\s+|national\s+|central\s+)?government|[Tt]he administration|federal\s+"
    r"(?:support|funding|government|money|backing)|government funding)\b"
    r"(?!\s+of\b)")  # "the government of Peru" names its country
# Words without which the anaphor patterns cannot match: a cheap test before the pattern.
_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:federal\s+|central\s+|national\s+)?(?:government|administration)\b")
# The government is the verb's own party only when its object introduces it ("signed a deal with the Chilean
# government"); "pending approval by the Chilean government", "a deal that the U.S. government must clear", ", in
# which the Mongolian government holds 34%" name a bystander.
_GOVERNMENT_OBJECT_BEFORE = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$")
_GOVERNMENT_OBJECT_BLOCK = re.compile(r",|\b(?:which|that|by|approval)\b")
# ... or closes the object's list: "with Codelco, the Chilean state miner, and the Chilean government".
_GOVERNMENT_LIST_END_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
_GOVERNMENT_LIST_OPEN = re.compile(r"\b(?:with|to|from)\s")
_GOVERNMENT_LIST_BLOCK = re.compile(r"\b(?:which|that|by|approval|who|while|whose)\b|[;:]")
# ... and is no subject of its own ("..., and the Chilean government welcomed it").
_GOVERNMENT_LIST_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:on|to|for|in|over|under|at|as|and|or|from|covering|"
                                    r"last|this|earlier|late|early)\b")
# ... also past a time or an aside of its own: "and the Chilean government last week said ...", "and the Chilean
# government, which owns Codelco, approved it".
_GOVERNMENT_LIST_SKIP = re.compile(r"(?:\s+(?:last|this|next|earlier|later)\s+(?:week|month|year|quarter)|"
                                   r"\s+(?:on|in)\s+(?:[A-Z][a-z]+|\d{4})(?:\s+\d{1,2})?|\s+(?:earlier|recently|also)|"
                                   r",\s+(?:which|who|whose)\b[^,;.]*,)*")
_GOVERNMENT_NOUNS = frozenset("government administration federal".split())
_SUBJECT_NOUNS = frozenset("project venture plant mine refinery facility factory asset partnership development output "
                           "production concentrate".split())
_SHARE_OF_ASSET = re.compile(r"\b(?:offtake|off-take|output|stake|shares|access)\b")
# "the project", "the venture", "the new plant": the clause is about the article's own subject.
_ARTICLE_SUBJECT = re.compile(r"\bthe\s+(?:new\s+|joint\s+|proposed\s+)?(?:project|venture|plant|mine|"
                              r"refinery|facility|factory|asset|partnership|development)\b"
                              # "an offtake for all cobalt hydroxide output", "buy 50% of the concentrate": a
                              # share of the subject's output
                              r"|\b(?:all|half|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))\s+(?:of\s+)?(?:the\s+|its\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:output|production|concentrate)\b")
_CAPITAL_RAISE = re.compile(
    r"\brais(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:placement|share sale|shares|equity|capital|rights issue|offering|"
    r"IPO|bonds?|notes)\b|\b(?:share placement|rights issue|equity raising|capital raising|initial public offering|"
    r"bond issue|share offering|(?:private|institutional|strategic|equity) placement|"
    r"(?:registered direct|public|secondary|follow-on) offering)\b")
# A lender's money without a borrower (`_headline_borrower`): the clause's words of lending, its lenders named as
# banks, and the source phrase after the verb that names them.
_LENDING_HINTS = ("loan", "lend", "debt", "financ", "invest", "equity", "funding")
_LENDERS_NAMED = re.compile(r"\b(?:banks|lenders|bank|lender)\b")
# The headline reports the company's financing ("Varnock closes €2 billion financing"), and the clause names no
# recipient or purpose of its own ("a $300 million loan for roads", "invest $1 billion in chip research"; the
# article's own project may be named: "a loan for the project").
# Whole words, as stems are parts of others: "investors", "investigation", "calendar", "refund", "immigrant".
_HEADLINE_FINANCING = re.compile(
    r"\b(?:loans?|lend(?:s|ing|er|ers)?|lent|debt|financ\w*|invest(?:s|ed|ing|ments?)?|equity|fund(?:s|ed|ing)?|"
    r"rais(?:e|es|ed|ing)|grants?|granted|backing|credit)\b")
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# When, how long and in how many parts is no purpose: "a loan in two tranches", "in March", "for seven years".
_TIME_OR_TERM = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|several|"
                 r"multiple|equal)\s+)?(?:tranches?|instal?lments?|phases?|stages?|years?|months?|weeks?|days?)|"
                 + _MONTH_NAMES)
_OWN_PURPOSE = re.compile(
    r"\bto\s+(?:the\s+)?[A-Z]|\b(?:for|in)\s+(?!(?:the|its|their)\s+(?:[\w-]+\s+)?(?:project|plant|mine|refinery|facility|company|"
    r"expansion|development|construction|operations?)\b|(?:the\s+form|total|cash|debt|equity|new\s+shares|loans?|"
    rf"financing|funding|credit|{_TIME_OR_TERM}|\d)\b)[A-Za-z]")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told)\b")
_AS_SOURCE = re.compile(r"\b(?:from|by)\s")
_FUNDING_RECEIPT = re.compile(r"\b(?:receiv(?:e|es|ed)|won|awarded|granted)\b")
_HOME_GOVERNMENT = re.compile(r"\b(?:its|their)\s+home\s+government\b")
_COMPANY_NOUNS = (r"company|firm|miner|producer|refiner|developer|trader|trading house|maker|manufacturer|utility|"
                  r"operator|shipbuilder|carmaker|automaker|explorer|smelter|supplier|group|lender|bank|exporter|"
                  r"importer|conglomerate|giant|major|investor|buyer|seller|insurer|fund|recycler|processor|"
                  r"shipper|marketer|retailer|lender|startup|start-up|generator|airline|carrier|distributor|"
                  r"[a-z]+maker")
# How a nationality attaches to the company noun it describes: "China's", "U.S.-based", then up to three
# descriptor words ("Chilean state copper miner", "Luxembourg-based trader").
_NATIONALITY_MARKS = r"['’]s|-based|-listed|-owned|-headquartered|-registered"
_NATIONALITY_LINK = rf"^(?:{_NATIONALITY_MARKS})?"
# A lower-case word that may describe a noun, never a function word: "lithium to carmaker BMW" is no
# "lithium carmaker", "with Kenya to expand business ties" no "Kenyan business", "with Chile as the carmaker
# expands" no Chilean carmaker.
_DESCRIPTOR_WORD = r"\s+(?!(?:to|from|for|with|in|at|of|by|on|over|about|and|or|as)\b)[a-z][\w-]*"
_DESCRIPTOR_WORDS = rf"(?:{_DESCRIPTOR_WORD}){{0,3}}?\s+"
_DESCRIBED_COMPANY = re.compile(rf"{_NATIONALITY_LINK}{_DESCRIPTOR_WORDS}(?:{_COMPANY_NOUNS})\b(?!s)")
# "state copper miner Codelco", "battery giant CATL": goods that say what a company does, not what it deals in.
# "U.S. lenders led by JPMorgan", "Japanese buyers including JERA": a nationality of companies then named.
_NAMED_MEMBERS = re.compile(rf"{_NATIONALITY_LINK}{_DESCRIPTOR_WORDS}(?:{_COMPANY_NOUNS})s,?\s+(?:led\s+by|"
                            r"including|such\s+as|like|among\s+them)\s+(?:the\s+)?")
_DESCRIBES_TRADER = re.compile(rf"(?:{_DESCRIPTOR_WORD})?\s+(?:{_COMPANY_NOUNS})s?\b")
_INDEFINITE_ARTICLE = re.compile(r"(?:^|\s)[Aa]n?\s+$")
# "a Chinese firm, Zijin Mining, ...", "Saudi Arabia's wealth fund, the Public Investment Fund": named after all
_NAME_NEXT = re.compile(r",?\s+(?:the\s+)?(?:[A-Z]|\()")
# Between a nationality and the company it describes: "'s", "-based", or descriptor words ending in a
# company noun ("Chilean state copper miner Codelco", "Luxembourg-based trader Traxys").
_ATTRIBUTE_GAP = re.compile(rf"{_NATIONALITY_LINK}"
                            # "Korean partners Doosan and Daewoo": a plural before a list of names
                            rf"(?:{_DESCRIPTOR_WORDS}(?:{_COMPANY_NOUNS}|subsidiary|unit|arm|affiliate|partner)s?"
                            # "Egypt's state-owned EGAS", "Kyiv's state-run Naftogaz"
                            rf"|\s+[a-z]+-(?:owned|run|backed|controlled|listed))?\s+$")
# "In the United States, Tesla signed ...": where the clause happens, not who deals.
_PLACE_OPENER = re.compile(r"(?:^|[,;])\s*(?:[Ii]n|[Aa]cross|[Oo]utside|[Ww]ithin|[Ee]lsewhere in)\s+(?:the\s+)?$")
# "In Peru, the government approved ...": the government right after the setting is that country's, which acts.
_SETTING_GOVERNMENT = re.compile(r",\s+the\s+(?:federal\s+|national\s+|central\s+)?government\b(?!\s+of\b)")
# "In northern Chile, ...", "Across southern Peru, ...": a part of a country that sets the scene of the
# clause is a place, not a party; only as the clause's opening adjunct ("will invest in northern Chile" names
# where the investment goes: Chile is its party).
_LOCATIVE = r"(?:^|[,;])\s*(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Oo]utside|[Ff]rom)\s+(?:the\s+)?"
_REGION_OF = re.compile(_LOCATIVE + r"(?:far[\s-]+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|eastern|western|"
                        r"central|coastal|rural|remote)\s+$")
_AT_PLACE = re.compile(_LOCATIVE + r"$")
_SETTING_REACH = 60  # characters before a country searched for the locative phrase it ends
# "in Chile's Atacama", "at Australia's northern tip": after a locative preposition, a country's possessive
# names a place in it (a company there is a nationality: "a stake in France's Eramet"); the empty group
# 'named' marks where the possessed name starts.
_PLACE_OF_COUNTRY = re.compile(r"['’]s\s+(?P<named>)(?:[A-Z]|(?:far\s+)?(?:north|south|east|west|central|coast|interior|"
                               r"outback|desert|highlands|region|province|state)\w*\b)")
_SITE_BEFORE = re.compile(
    r"\b(?:plant|refinery|mine|project|facility|factory|site|smelter|operations?|hub|deposit|field|processing|"
    r"production|mining|refining|capacity|"
    r"terminal|mill|complex|zone|park|region|province|state|territory|city|town|county|district)s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|at|near|of)\s+(?:the\s+)?$")
_SITE_PREPOSITIONS = (" in", " at", " near", " of", " the")
_ROUTE_PREPOSITIONS = (" through", " via", " around", " across", " bypassing", " avoiding", " outside")
_OWNER_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:owners?|parent|shareholders?)\b")
# Two nationalities of one group are one side: "Chinese and Japanese banks provided 60% of the debt".
_ONE_GROUP = re.compile(
    r"\b[A-Z][\w.'’-]*\s+(?:and|or)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+"
    r"(?:(?:state-owned|state|commercial|private|public|policy)\s+)?(?:banks|lenders|investors|buyers|companies|"
    r"firms|miners|refiners|utilities|traders|producers|funds|insurers|shipyards|developers|importers|exporters|"
    r"suppliers|manufacturers|automakers|smelters)\b")
_ORIGIN_BEFORE = re.compile(r"\b(?:produced|mined|made|refined|grown|sourced|extracted|manufactured|processed)\s+"
                            r"(?:in|from)\s+(?:the\s+)?$")
# "exports from Iraq's Kurdistan region through the pipeline to Turkey's Ceyhan port": where goods leave or
# arrive, a named place of the country, not a party ("sold a stake to Turkey's Botas" names a company).
_ROUTE_END_BEFORE = (" from", " to", " into")
_ROUTE_PLACE = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:port|terminal|region|province|coast|harbou?r|"
                          r"basin|oilfields?|gas\s+field|field)s?\b")
# "a Canadian copper project", "its Australian unit", "its Brazilian nickel business": where the asset is or
# what part of a company it is, not who deals.
_MODIFIES_ASSET = re.compile(rf"{_DESCRIPTOR_WORDS}(?:project|mine|deposit|field|plant|refinery|smelter|"
                             r"facility|terminal|asset|operation|concession|licence|license|block|prospect|unit|"
                             r"subsidiary|affiliate|division|business|branch|"
                             # "raised HK$25 billion in its Hong Kong initial public offering": where it listed
                             r"offering|listing|IPO|debut)s?\b")
# What a state or its treasury issues: "U.S. Treasury securities", "Italian government bonds".
_ISSUED_PAPER = re.compile(r"\s+(?:(?:Treasury|government|sovereign)\s+)?(?:securities|bills|bonds|notes|gilts|"
                           r"debt|paper)\b|\s+Treasuries\b")
_INCLUDING = ", including "
# "ADNOC's investment arm XRG": from an owner to the company it introduces.
_PARENT_LINK = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|affiliate|division)\s+|"
                          r"-(?:owned|controlled|backed)\s+")  # "from Gecamines-owned EGC": the owner named as such
_LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+")
# A non-restrictive relative clause or an apposition of ownership, to the next comma: ", which also supplies
# Tesla,", ", a unit of Antofagasta,", ", owned by Glencore,", ", the battery business of India's Tata Group,", ",
# the cell maker owned by Tata,", ", the owner of British Gas,".
_OWNED = r"(?:(?:wholly|majority|partly|jointly)[\s-])?(?:owned|controlled)\s+by\b"
_ASIDE = re.compile(r",\s+(?:which\b|who\b|whose\b|(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:unit|subsidiary|arm|"
                    # "Centrica, the owner of British Gas, said ...": what the subject owns is no party either
                    r"affiliate|division|part|venture|owner|parent)\s+of\b|(?:business|" + _COMPANY_NOUNS
                    + r")\s+(?:of|" + _OWNED + r"|that|which|whose)\b)|" + _OWNED + r"|part\s+of\b|"
                    # ", backed by Varnock Capital,": its owner or investor; ", backed by a $50 million loan," is a deal
                    r"backed\s+by\s+(?![^,;]*(?:\d|\b(?:loans?|grants?|funding|financing|investments?|round)\b))|"
                    # "from the Cronos discovery, operated by Eni and TotalEnergies, at ...": who runs an asset
                    r"(?:operated|run|developed|discovered)\s+by\b|"
                    # "Korvel, after rejecting Talbrin's £39 billion approach, began selling assets": what it did first
                    r"(?:after|before|despite|while)\s+(?!(?:buy|sell|acquir|sign|agree|merg|invest|lend|"
                    r"purchas|tak|rais|secur|winn|complet|clos|form|order)\w*ing\b)[a-z]+ing\b|"
                    r"having\s+(?!(?:bought|sold|acquired|signed|agreed|merged|invested|lent|purchased|taken|"
                    r"raised|secured|won|completed|closed|formed|ordered)\b)[a-z]+(?:ed|en)\b)[^,;]*")
# "A, B and C signed the agreements with D": agreements told before, one for each signer; "A, B and C signed power
# purchase agreements with D for seven projects" counts the consortium's contracts, one deal of the signers together.
_TOLD_PLURAL_DEALS = re.compile(r"\b(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:deals|agreements|contracts|pacts|accords|"
                                r"loans|memoranda|MoUs)\s+with\b")
# "signed contracts with Uranium One and CBC": one deal with each partner.
_PLURAL_DEALS = re.compile(r"\b(?:deals|agreements|contracts|pacts|accords|loans|memoranda|MoUs|heads of agreement)\s+"
                           r"(?:[\w$€£¥.,-]+\s+){0,4}?with\b")
_WITH_LIST_END = re.compile(r",\s+and\s+the\b|,\s+which\b|,\s+while\b|;|,\s+but\b|"
                            r"\s+(?:for|from|to|in|at|under|over|worth|valued|starting|beginning|by)\s|"
                            r",\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|added|announced)\b")
# Between two names of one list: "Talbrin Ltd (TL), Varnock Ltd and Mumbai-based Greystone".
_OBJECT_OPENING = re.compile(r"\s+(?:all\s+of\s+|the\s+)?")  # "acquire all of A", "buy the A ..."
_TARGET_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # "A and B", "A, B and C"
# "agreed to buy A and B will supply the ore": a verb after the list's last name makes it the subject of a clause of
# its own, no company bought
_OPENS_CLAUSE = re.compile(r"\s+(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had|said|"
                           rf"says|{_SECOND_VERBS})\b")
_NAME_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:and\s+)?|\s+and\s+)(?:[\w'’-]+\s+){0,3}?")
# A sale told with its buyers after "to": "signed contracts to supply uranium to A and B".
_SUPPLIED_TO = re.compile(r"\b(?:supply|supplies|supplied|supplying|sell|sells|sold|selling|deliver|delivers|"
                          r"delivered|delivering)\b[^,;]{0,60}?(?=\s+to\s)")
# ... told by a plural deal noun: "a deal to sell its copper to A and B" is one deal.
_PLURAL_DEAL_NOUN = re.compile(r"\b(?:deals|agreements|contracts|pacts|accords|offtakes|memoranda|MoUs)\b")
# From a buyer's name to the next: "Sempra Infrastructure's Port Arthur LNG" is one buyer, its owner's asset;
# "Toyota Tsusho and Korea's EcoPro" are two buyers (a list word ends the owner's name).
_POSSESSOR_GAP = re.compile(r"(?:(?!(?:and|or)\s)[\w.&-]+\s+){0,4}?[\w.&-]+['’]s\s+")
_DURATION = re.compile(r"\b(?:for|over)\s+(?:the\s+next\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|fifteen|twenty|thirty)\s+years\b|\b(\d{1,2})-year\b")
_START_YEAR = re.compile(r"\b(?:starting|beginning|from|commencing|start(?:s|ing)? in)\s+(?:in\s+|around\s+|"
                         r"about\s+|early\s+|late\s+|mid-)?(20\d\d)\b")
_WORD_YEARS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}
_PRICE_AFTER = re.compile(
    r"\s*(?:per|a|an|/|each|for each)\s*(?:(?:dry|wet)\s+)?(?:metric\s+)?(?:kilogram|kg|tonne|ton|t|barrel|bbl|"
    r"ounce|oz|pound|lb|share|unit|MMBtu|mmbtu|MWh|kWh|megawatt|gallon|litre|liter|dmtu|dmt|wmt)s?\b|\s+each\b|"
    # "US$12.25 for each Varnock share", "C$2.00 per Talbrin Copper share": the company's name before "share"
    r"\s+(?:per|for each|for every|a)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}?(?:ordinary\s+|common\s+)?shares?\b")
# "a closing price of C$52.10", "traded at $64.20", "closed 3.5% higher at Rp 3,150", "fell 6.8% to 1,201,000
# won": a price, not a deal's value (a decimal point inside the move is no sentence end).
_PRICE_MOVE = r"(?:[^.;$€£¥]|\.(?=\d)){0,25}?"
_PRICE_BEFORE = re.compile(
    r"(?:\bprices?\s+(?:of|at)|\bpriced\s+at|\b(?:closed|closing|traded|trading|opened|ended|finished)\s+"
    # "closed 3.5% higher at", "closed up 0.6% at"
    rf"(?:{_PRICE_MOVE}\b(?:higher|lower|up|down)\s+|(?:higher|lower|up|down)\s+{_PRICE_MOVE})?at|"
    rf"\b(?:rose|fell|climbed|dropped|jumped|slipped|gained|slid|surged)\b{_PRICE_MOVE}\bto|"
    # "recovered to US$1,150 a tonne from lows near US$600": the level a price came from
    r"\bfrom\s+(?:(?:a|an|the|its|their|recent|record|multi-year)\s+)*(?:lows?|highs?|peaks?|troughs?)"
    r"(?:\s+(?:of|near|around|about|at|below|above))?|"
    # "quoted at $228 a tonne, down $3 from the week before": the money of a move
    r",\s+(?:up|down)(?:\s+by)?)"
    r"\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
# A dateline ("LONDON, Nov 3 (Reuters) - ", "PERTH, Australia, Nov 3 -", a press release's "Abu Dhabi, UAE –
# February 17, 2025:"): where it was written, not who deals.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,[ \t]+[A-Z][\w.]+(?:[ \t][A-Z][\w.]+)*)?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[-–—]+[ \t]|"
    r"[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+)*,[ \t]+[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+)*[ \t]+[-–—]+[ \t]+"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*[:–—-])")
_LEND_WORDS = re.compile(r"(?i)lend|lends|lent|lending")
_QUANTITY_GAP = re.compile(r"\s+(?:(?:about|around|roughly|some|up to|nearly|almost|an?\s+additional|a\s+further|"
                           r"another|an estimated|approximately)\s+)?")  # "buy about 1.5 million tonnes"
_GOODS_REACH = 40  # characters from "buy" to the commodity bought
# "buy Teck's coal unit", "sold its nickel business", "sell a lithium stake": a commodity word that names what
# a business does.
_BUSINESS_AFTER = re.compile(r"[\s-]+(?:(?!(?:from|of|for|to|in|at)\s)[a-z]+\s+)?(?:unit|business|division|stakes?|"
                             r"operations|assets|arm|subsidiary|mines?|projects?|portfolio|producer|miner|company)\b")
# A stake bought without its holder ("bought a 4.9% stake for $109 million"), and the company a stake was bought in
# just before ("a stake in A", "invested $69 million in A"); sentences back to that one.
# The holder may come further along the stake's phrase ("bought a 20% stake for $109 million in the Kestrel mine"),
# up to the next comma; "in 2023", "in March" tell a time.
_UNHELD_STAKE = re.compile(r"\b(?:bought|acquired|took|takes|buys|acquires|purchased)\s+an?\s+(?:[\w.%-]+\s+){0,3}?"
                           r"stake\b(?![^,;:]*?\s(?:in|of)\s+(?!(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d\d|"
                           + _MONTH_NAMES + r"|"
                           r"the\s+(?:same|first|second|third|fourth|past|last)\b|cash\b|total\b|shares\b|stock\b|"
                           r"an?\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:deal|transaction|placement|trade)\b)))")
_STAKE_IN_BEFORE = re.compile(r"\b(?:stake|interest|shareholding)\s+in\s+$|\binvest(?:s|ed)?\s+[^.;]{0,40}?\bin\s+$")
_STAKE_REACH = 2
# "bought a 19.9% stake", "acquired a minority interest": a share of a company bought is an equity investment.
_MINORITY_STAKE = re.compile(r"\s+(?:an?\s+)?(?:(?:[1-4]?\d(?:\.\d+)?|50)\s?(?:%|per\s?cent|percent)|minority)\s+"
                             r"(?:equity\s+)?(?:stake|interest|shareholding|holding)\b")
# "awarded a contract to build", "received an order for": winning work, not money given.
_AWARDED_WORK = re.compile(r"\s+(?:an?|the)\s+(?:[\w$€£¥.,%-]+\s+){0,4}?(?:contracts?|tenders?|orders?|"
                           r"concessions?|licen[cs]es?)\b")
_GOVERNMENT_WORDS = ("government", "federal", "ministry", "minister")
# A market wrap tells a deal as the reason a share price moved: "Shares of Pilbara rose 3% in Australia after it
# signed an offtake with Ganfeng", "Glencore fell 2% in London, Anglo American rose 1% after it agreed to sell ...,
# and Antofagasta was flat". The move's own subject stays a party; the exchange's country ("in Tokyo", "Japanese
# shares of") and the other movers of the round-up do not.
_MOVE_VERBS = (r"(?:rose|rises|fell|falls|gained|gains|added|adds|lost|loses|jumped|jumps|slipped|slips|climbed|"
               r"climbs|dropped|drops|slid|slides|surged|surges|tumbled|tumbles|sank|sinks|soared|soars|plunged|"
               r"plunges|rallied|rallies|advanced|advances|declined|declines|eased|eases|firmed|firms|"
               r"(?:edged|closed|ended|finished|traded)\s+(?:up|down|higher|lower)|(?:was|were)\s+(?:flat|unchanged))")
_SHARE_MOVE = re.compile(rf"\b{_MOVE_VERBS}\b[^,;:]{{0,60}}?\s(?:after|as|following|before|when)\s")
_MOVE_VERB = re.compile(rf"\b{_MOVE_VERBS}\b")
# Another mover of the round-up after the deal: ", and Antofagasta was flat", ", while BHP fell 1%".
_NEXT_MOVE = re.compile(rf",\s+(?:and\s+|while\s+|but\s+)?(?=[A-Z])[^,;]{{0,60}}?\b{_MOVE_VERBS}\b")
_MOVE_HINTS = ("%", "per cent", "percent", "flat", "unchanged", "higher", "lower")
_START = itemgetter(0)  # of an Occurrence

# A deal told as a noun phrase whose owner is its buyer or side: "Halden's purchase earlier this year of Marlow
# Chemicals", "through its $2 billion takeover of Arcwell", "the Pentagon's deal in July with Corvex". The possessive
# presupposes the deal was made; a hedge before it ("its proposed takeover of", "could derail A's deal with B") or
# a failure in the sentence ("A's takeover of B collapsed") leaves none.
_NOMINAL_NOUNS = {"acquisition": "of", "purchase": "of", "takeover": "of", "deal": "with", "agreement": "with",
                  "pact": "with", "partnership": "with", "contract": "with"}
_POSSESSOR_BEFORE = re.compile(r"(?P<owner>(?<=\w)['’]s?|\b[Ii]ts)\s+(?P<gap>(?:[\w$€£¥.,%-]+\s+){0,3})$")
_UNDONE = frozenset("""abandoned aborted attempted blocked collapsed contested hostile mooted pending prospective
rumoured rumored scrapped stalled stymied thwarted would-be unsolicited""".split())
_NOMINAL_LINK = re.compile(r"(?:\s+(?:earlier|later|last|this|in|on)\s+(?:[\w,]+\s+){0,2}?\w+)?\s+(?P<link>of|with)\s+")
_NOMINAL_TARGET_GAP = re.compile(r"(?:(?:the|an?|\d[\d.]*%|\d[\d.]*\s?per\s?cent|stakes?|interest|in|[A-Z][\w'’-]*|"
                                 r"[a-z]+(?<!which)(?<!that)(?<!and))\s+){0,5}?$")
_OWNER_HEDGE_REACH = 20  # characters before a deal's owner in which a hedge ("may block", "could derail") counts
# "its deal with the Cairo-based lender": the place describes the other side, which it does not name
_NATIONALITY_OF_NOUN = re.compile(rf"(?:{_NATIONALITY_MARKS})\b")
# What leaves a noun-phrase deal unmade when it follows the phrase, or reports it when it comes before.
_NOMINAL_UNDONE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:yet\s+to|expected|elusive|negotiat\w*|rejected|withdrawn|blocked|rumou?red|would|could|"
    r"may|might|if\s+completed|pending|proposed|talks|collapsed|terminated|called\s+off|scrapped|abandoned|"
    r"fell\s+through|failed|awaits|awaiting|under\s+review)\b")  # in lower case: "closed in May" is a month
_REPORTS_OF = re.compile(r"\b(?:reports?|talk|speculation|rumou?rs?|news)\s+(?:of|about|that)\s+(?:the\s+)?$", re.I)
_POSSESSED_NEXT = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}|['’]s?,?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+")
_DETERMINERS = frozenset("the a an this that these those".split())  # a gap holding one starts another phrase
_NOMINAL_PRICE_GAP = re.compile(rf"\s*,?\s+(?:(?:is|was)\s+)?(?:for|worth|valued\s+at)\s+{_APPROXIMATELY}$")
# "its contract with B by two years, in a deal worth about $210 million", "... with B in a $210 million deal": a
# phrase later in the sentence that tells the noun-phrase deal as "a deal" of that money gives its value.
_IN_A_DEAL_WORTH = re.compile(rf"[^.;]{{0,80}}?(?:,\s+|\s+)in\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:deal|contract|agreement|"
                              rf"transaction)\s+(?:worth|valued\s+at)\s+{_APPROXIMATELY}$")
_ANOTHER_DEAL_BETWEEN = re.compile(rf"{_FINITE_VERB.pattern}|\b(?:purchase|acquisition|sale|takeover|{_DEAL_NOUNS})\b")
_IN_A = re.compile(rf"[^.;]{{0,80}}?(?:,\s+|\s+)in\s+an?\s+{_APPROXIMATELY}$")
_DEAL_AFTER_MONEY = re.compile(r"(?:[-\s]+[\w-]+){0,2}?[-\s]+(?:deal|contract|agreement|transaction)\b")


@dataclass(frozen=True, slots=True)
class DealCandidate:
    """A deal before ids are given: what the extractor turns into a `Deal` record."""

    deal_type: str
    sentence: Sentence
    parties: tuple[tuple[str, str], ...]  # (party_type, ref), ordered
    commodities: tuple[str, ...]
    value: float | None = None
    currency: str | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    quantity_period: str | None = None
    duration_years: float | None = None
    start_year: int | None = None


class _Article:
    """One article as the deal rules read it: entities, amounts and deal words, sorted for range look-ups. What
    only some deal rules read (prices, datelines, protagonists) is worked out when first read."""

    def __init__(self, doc: Document, sentences: list[Sentence], sentence_starts: list[int],
                 occurrences: list[Occurrence], amounts: list[ParsedAmount], amount_starts: list[int],
                 words: list[Hit], word_starts: list[int], government_country: dict[str, str],
                 financiers: frozenset[str] = frozenset()):
        """`sentence_starts`, `amount_starts`, `word_starts`: the starts of `sentences`, `amounts` and `words`."""
        self.text = doc.text
        self.lowered = doc.lowered
        self.sentences = sentences
        self.sentence_starts = sentence_starts
        self.financiers = financiers
        self.occurrences = sorted(occurrences, key=_START)
        self.starts = [o.start for o in self.occurrences]
        self.amounts = amounts
        self.amount_starts = amount_starts
        self.words = words
        self.word_starts = word_starts
        self.government_country = government_country
        self._dateline_ends: dict[int, int] = {}  # line start -> end of the line's dateline (the start if none)
        self._named_with: dict[tuple[str, ...], tuple[list[int], list[tuple[str, str]]]] = {}
        self._introduced_as: dict[str, Occurrence | None] = {}

    def is_price(self, start: int) -> bool:
        """Whether the money amount that starts at `start` is a price ("$52.10 a share", "closed at $64.20"),
        not a deal's value."""
        text = self.text
        return any(a.kind == "money" and (_PRICE_AFTER.match(text, a.end)
                                          or _PRICE_BEFORE.search(text, max(0, a.start - 50), a.start))
                   for a in self.amounts[bisect_left(self.amount_starts, start):
                                         bisect_right(self.amount_starts, start)])

    def in_dateline(self, offset: int) -> bool:
        """Whether `offset` is inside a dateline ("LONDON, Nov 3 (Reuters) - "). A dateline opens a line and
        never runs past it, so only the line of `offset` is read, once per line."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        dateline_end = self._dateline_ends.get(line_start)
        if dateline_end is None:
            match = _DATELINE.match(self.text, line_start)
            dateline_end = self._dateline_ends[line_start] = match.end() if match else line_start
        return offset < dateline_end

    def last_named_with(self, name_words: tuple[str, ...], start: int) -> tuple[str, str] | None:
        """The party of the last company or body before `start` whose name holds one of `name_words` ("the
        bank": the last body named a bank). The parties are listed once per article, so a word repeated through
        the article costs a bisection each time, not a scan back."""
        named = self._named_with.get(name_words)
        if named is None:
            named = self._named_with[name_words] = ([], [])
            for o in self.occurrences:
                if (o.kind == COMPANY or o.kind == ORGANISATION) and not set(o.ref.split()).isdisjoint(name_words):
                    party = _party_of(o, self)
                    if party:
                        named[0].append(o.start)
                        named[1].append(party)
        starts, parties = named
        before = bisect_left(starts, start)
        return parties[before - 1] if before else None

    def first_introduced_as(self, noun: str) -> Occurrence | None:
        """The first company the article introduces as a `noun`, before its name ("potash developer Brazil
        Potash") or in an apposition after it ("Arvo, a copper developer,")."""
        if noun not in self._introduced_as:
            before, after = _introductions(noun)
            text = self.text
            self._introduced_as[noun] = next(
                (o for o in self.occurrences if o.kind == COMPANY and (
                    before.search(text, max(0, o.start - 30), o.start) or after.match(text, o.end))), None)
        return self._introduced_as[noun]

    @cached_property
    def title_end(self) -> int:
        return max((s.end for s in self.sentences if s.section == "title"), default=0)

    @cached_property
    def protagonist_company(self) -> str | None:
        title_end = self.title_end  # a local: read once per occurrence below
        return _protagonist([o.ref for o in self.occurrences if o.kind == COMPANY],
                            [o.start < title_end for o in self.occurrences if o.kind == COMPANY])

    @cached_property
    def headline_company(self) -> str | None:
        """The first company the headline names when no company is named more often: whom the article is about
        ("Varnock Lithium closes €2 billion financing" is about Varnock Lithium)."""
        title_end = self.title_end
        if not any(o.kind == COMPANY and o.start < title_end for o in self.occurrences):
            return None
        titled = self.protagonist_company  # with a company in the headline, the headline's first
        mentions = Counter(o.ref for o in self.occurrences if o.kind == COMPANY)
        return titled if mentions[titled] == max(mentions.values()) else None

    @cached_property
    def protagonist_country(self) -> str | None:
        government_country = self.government_country
        countries = [(o.start, o.ref if o.kind == COUNTRY else government_country.get(o.ref))
                     for o in self.occurrences if o.kind == COUNTRY or o.kind == ORGANISATION]
        located = [(start, iso2) for start, iso2 in countries if iso2]
        title_end = self.title_end
        return _protagonist([iso2 for _, iso2 in located], [start < title_end for start, _ in located])

    @cached_property
    def government_article(self) -> bool:
        return any(word in self.lowered for word in _GOVERNMENT_WORDS)

    @cached_property
    def counterpart(self) -> str | None:
        """The most named company besides the protagonist (the first named, at equal counts)."""
        mentions = Counter(o.ref for o in self.occurrences if o.kind == COMPANY)
        return next((ref for ref, _ in mentions.most_common() if ref != self.protagonist_company), None)

    @cached_property
    def homes(self) -> dict[str, str]:
        """Company -> home country, where the article or the registry says."""
        homes: dict[str, str] = {}
        for o in self.occurrences:
            if o.kind == COMPANY and o.home_iso2:
                homes.setdefault(o.ref, o.home_iso2)
        return homes

    @cached_property
    def protagonist_commodity(self) -> str | None:
        """Read only for a deal that names no goods."""
        goods = [o for o in self.occurrences if o.kind == COMMODITY]
        return _protagonist([o.ref for o in goods], [o.start < self.title_end for o in goods])

    def within(self, start: int, end: int) -> list[Occurrence]:
        starts = self.starts
        return [o for o in self.occurrences[bisect_left(starts, start):bisect_left(starts, end)] if o.end <= end]

    def words_in(self, start: int, end: int, kind: str | None = None) -> list[Hit]:
        found = self.words[bisect_left(self.word_starts, start):bisect_left(self.word_starts, end)]
        return found if kind is None else [w for w in found if kind in w.kinds]

    def amounts_in(self, start: int, end: int) -> list[ParsedAmount]:
        return self.amounts[bisect_left(self.amount_starts, start):bisect_left(self.amount_starts, end)]

    def _month(self, hedge: Hit, sentence_start: int) -> bool:
        """"May" with a capital inside a sentence, or before a day ("DOHA, May 14 -"), is the month."""
        if self.text[hedge.start:hedge.end] != "May":
            return False
        return hedge.start > sentence_start or self.text[hedge.end:hedge.end + 2].strip()[:1].isdigit()

    def unhedged(self, trigger: Hit, sentence_start: int) -> bool:
        """No hedge just before the verb; "said they would acquire" is reported news, not a hedge."""
        hedges = [h for h in self.words_in(max(sentence_start, trigger.start - _HEDGE_WINDOW), trigger.start, HEDGE)
                  if not self._month(h, sentence_start) and not self._set_as_past(h, trigger)]
        if _ALTERNATIVE_BEFORE.search(self.text, max(sentence_start, trigger.start - 20), trigger.start):
            return False
        if not hedges:
            return not self._shares_hedge(trigger, sentence_start)
        only_would = all(self.text[h.start:h.end].lower() == "would" for h in hedges)
        return only_would and bool(_REPORTED_FUTURE.search(self.text, sentence_start, trigger.start))

    def _set_as_past(self, hedge: Hit, trigger: Hit) -> bool:
        """"The model was set in July, when A bought ...": a past "set" before a "when" clause that tells the
        deal hedges nothing ("is set to buy", "was set on Monday to buy" do)."""
        return (self.lowered.startswith("set", hedge.start)
                and _SET_BEFORE_WHEN.fullmatch(self.text, hedge.end, trigger.start) is not None)

    def _shares_hedge(self, trigger: Hit, sentence_start: int) -> bool:
        """A base form joined by "and" to a hedged deal verb is hedged with it: "is designed to buy critical
        minerals and sell them to allies"."""
        if self.text[trigger.start:trigger.end].lower() not in _BASE_FORMS:
            return False
        verbs = [w for w in self.words_in(max(sentence_start, trigger.start - _COORDINATION_REACH), trigger.start)
                 if STRONG in w.kinds or WEAK in w.kinds]
        return (bool(verbs) and _COORDINATED_VERB_GAP.fullmatch(self.text, verbs[-1].end, trigger.start) is not None
                and not self.unhedged(verbs[-1], sentence_start))


class DealFinder:
    """Built once (the deal-word automaton); `find` is pure."""

    def __init__(self, government_country: dict[str, str], financiers: frozenset[str] = frozenset()):
        """`government_country`: bodies that stand for their country as a party; `financiers`: lenders and
        investors that are no company yet deal as one (development banks, funds)."""
        self._vocabulary = _vocabulary()
        self._government_country = government_country
        self._financiers = financiers

    @property
    def vocabulary(self) -> PhraseMatcher:
        return self._vocabulary

    def find(self, doc: Document, sentences: list[Sentence] | None, occurrences: list[Occurrence],
             amounts: list[ParsedAmount], words: list[Hit] | None = None) -> list[DealCandidate]:
        """`sentences`: those of `doc`, or None to split them only when needed; `words`: the vocabulary's
        hits when the caller has already scanned the document."""
        if words is None:
            words = self._vocabulary.find(doc)
        verb_starts = [w.start for w in words if STRONG in w.kinds or WEAK in w.kinds]
        owned_nouns = [w.start for w in words if NOUN in w.kinds and _owned_noun(doc, w)]
        if not verb_starts and not owned_nouns:
            return []  # no sentence can report a deal
        if sentences is None:
            sentences = split_sentences(doc)
        word_starts = [w.start for w in words]
        amount_starts = [a.start for a in amounts]
        sentence_starts = [s.start for s in sentences]
        chosen = [sentences[index] for index in _sentences_holding(sentences, sentence_starts, verb_starts)
                  if _may_report_a_deal(sentences[index], words, word_starts, amounts, amount_starts)]
        if not chosen and not owned_nouns:
            return []
        article = _Article(doc, sentences, sentence_starts, occurrences, amounts, amount_starts, words, word_starts,
                           self._government_country, self._financiers)
        by_section: dict[str, list[DealCandidate]] = {"title": [], "description": [], "body": []}
        for sentence in chosen:
            by_section[sentence.section].extend(_sentence_deals(sentence, article))
        kept = _merge(by_section["body"])
        for index in _sentences_holding(sentences, sentence_starts, owned_nouns):
            if sentences[index].section != "body":
                continue
            for deal in _nominal_deals(sentences[index], article):
                # a deal told as a noun phrase only when no verb (nor an earlier noun phrase) told it
                if not any(set(deal.parties) <= set(other.parties) for other in kept):
                    kept.append(deal)
        kept = _valued_later(_valued_by_name(sorted(kept, key=lambda deal: deal.sentence.start), article), article)
        for section in ("description", "title"):
            for deal in by_section[section]:
                restated = next((index for index, other in enumerate(kept)
                                 if _restates(deal, other, article.homes) or _same_transaction(deal, other)
                                 or _same_money_and_side(deal, other)), None)
                if restated is None:
                    kept.append(deal)
                    continue
                if _same_transaction(deal, kept[restated]):
                    # "Pohjola secures €1.15bn from EIB-led lenders" names a lender the body's "Pohjola has signed a
                    # €1.15bn debt financing package" leaves out (a headline's country stands for a company: "Morocco's Atlas")
                    companies = {p for p in deal.parties if p[0] == "company"}
                    kept[restated] = replace(kept[restated], parties=tuple(sorted({*kept[restated].parties, *companies})))
                if not kept[restated].commodities:
                    # "Washington and Tokyo sign rare earths pact" over the body's "Japan will invest $550 billion"
                    kept[restated] = replace(kept[restated], commodities=deal.commodities)
        return _with_goods(kept, article)


def _owned_noun(doc: Document, word: Hit) -> bool:
    """A noun of `_NOMINAL_NOUNS` with a possessive shortly before it: a cheap test before `_nominal_deals`."""
    if doc.lowered[word.start:word.end] not in _NOMINAL_NOUNS:
        return False
    before = doc.lowered[max(0, word.start - 40):word.start]
    return "'" in before or "’" in before or "its " in before


def _sentences_holding(sentences: list[Sentence], sentence_starts: list[int], starts: list[int]) -> list[int]:
    """The indices, in order, of the sentences that hold a word starting at one of `starts` (the deal verbs: the
    only sentences `_may_report_a_deal` can accept), found without reading every sentence (sentences do not
    overlap)."""
    found = set()
    for at in starts:
        index = bisect_right(sentence_starts, at) - 1
        if index >= 0 and at < sentences[index].end:
            found.add(index)
    return sorted(found)


def _may_report_a_deal(sentence: Sentence, words: list[Hit], word_starts: list[int], amounts: list[ParsedAmount],
                       amount_starts: list[int]) -> bool:
    first = bisect_left(word_starts, sentence.start)
    last = bisect_left(word_starts, sentence.end, first)
    in_sentence = words[first:last]
    if any(STRONG in w.kinds for w in in_sentence):
        return True
    if not any(WEAK in w.kinds for w in in_sentence):
        return False
    if any(NOUN in w.kinds for w in in_sentence):
        return True
    # money, or a share taken ("will take 20% of the unit")
    stated = amounts[bisect_left(amount_starts, sentence.start):bisect_left(amount_starts, sentence.end)]
    return any(a.kind == "money" or a.kind == "percent" for a in stated)


def _valued_later(deals: list[DealCandidate], article: _Article) -> list[DealCandidate]:
    """A deal reported without money takes the value a sentence soon after gives "the deal": "Glencore signed
    an offtake with Tesla. Deliveries start in 2026. The deal is worth about $500 million"."""
    if all(deal.value is not None for deal in deals):
        return deals
    valued = list(deals)
    own = {deal.sentence.start for deal in deals}  # a sentence that reports a deal gives its money to that one
    starts = article.sentence_starts
    # only a sentence soon after a deal without value can give one: the others are not read
    unvalued_at = [bisect_left(starts, deal.sentence.start) for deal in deals if deal.value is None]
    within_reach = sorted({index for told in unvalued_at
                           for index in range(told + 1, min(told + _VALUE_REACH + 1, len(starts)))})
    # the deals by their sentence's start (the first told of one sentence last), bisected for the latest before
    by_start = sorted(range(len(valued)), key=lambda at: (valued[at].sentence.start, -at))
    deal_starts = [valued[at].sentence.start for at in by_start]
    for index in within_reach:
        sentence = article.sentences[index]
        if sentence.section != "body" or sentence.start in own:
            continue
        valuation = _valuation(sentence.text)
        if valuation is None:
            continue
        money = next((a for a in article.amounts_in(sentence.start, sentence.end)
                      if a.kind == "money" and not article.is_price(a.start)), None)
        told = bisect_left(deal_starts, sentence.start)
        latest = by_start[told - 1] if told else None
        if money is None or latest is None or valued[latest].value is not None:
            continue
        if not _values_its_kind(valuation, valued[latest]) or not _values_a_party(valuation, sentence.start,
                                                                                   valued[latest], article):
            continue
        deal = valued[latest]
        if (index - bisect_left(starts, deal.sentence.start) <= _VALUE_REACH
                and not _names_other_companies(article, deal, deal.sentence.end, money.start)):
            valued[latest] = replace(deal, value=money.value, currency=money.unit)
    return valued


def _valued_by_name(deals: list[DealCandidate], article: _Article) -> list[DealCandidate]:
    """Deals without value told together take the money a sentence soon after gives each by a party's name ("The
    Korvel deal is valued at $9 billion, and the Varnock contract at $4.8 billion"); a name shared by several
    of those deals values none of them."""
    starts = article.sentence_starts
    unvalued = [at for at, deal in enumerate(deals) if deal.value is None and deal.sentence.section == "body"]
    if not unvalued:
        return deals
    valued = list(deals)
    first = bisect_left(starts, deals[unvalued[0]].sentence.start) + 1
    last = bisect_left(starts, deals[unvalued[-1]].sentence.start) + _VALUE_REACH
    for sentence in article.sentences[first:min(last + 1, len(starts))]:
        if sentence.section != "body":
            continue
        for named in _NAMED_DEAL_VALUE.finditer(sentence.text):
            money = next((a for a in article.amounts_in(sentence.start + named.end(), sentence.end)
                          if a.kind == "money" and a.start - sentence.start - named.end() <= 1
                          and not article.is_price(a.start)), None)
            names = {(COMPANY, o.ref) for o in article.within(sentence.start + named.start("name"),
                                                               sentence.start + named.end("name")) if o.kind == COMPANY}
            if money is None or len(names) != 1:
                continue
            told = [at for at in unvalued if names <= set(valued[at].parties) and valued[at].sentence.start
                    < sentence.start <= starts[min(bisect_left(starts, valued[at].sentence.start) + _VALUE_REACH,
                                                   len(starts) - 1)]]
            if len(told) == 1 and valued[told[0]].value is None:
                valued[told[0]] = replace(valued[told[0]], value=money.value, currency=money.unit)
    return valued


def _valuation(text: str) -> re.Match | None:
    """The words of `text` that value a deal told before, if any."""
    return next((found for hints, pattern in _VALUATIONS
                 if any(map(text.__contains__, hints)) and (found := pattern.search(text))), None)


def _values_its_kind(valuation: re.Match, deal: DealCandidate) -> bool:
    """A thing valued that is no deal noun values a deal of its own kind only ("the offer" an acquisition, "the
    supplies" a supply deal, "the charter" a charter), and none from a bygone period ("Last year, the supplies
    were worth $3 billion")."""
    named = valuation.groupdict()
    if (lead := named.get("lead") or named.get("bare_lead")) and _BYGONE_PERIOD.search(lead.lower()):
        return False
    if named.get("costed") is not None or named.get("costed_now") is not None:
        return deal.deal_type in _COSTED_KINDS
    noun = (named.get("valued") or "").lower()
    if "offer" in noun or named.get("target"):
        return deal.deal_type in ("acquisition", "merger")
    if noun.startswith(("volume", "suppl", "deliveries")):
        return deal.deal_type in ("supply", "offtake")
    if noun.startswith(("charter", "lease")):
        return re.search(rf"\b{noun[:5]}", deal.sentence.text.lower()) is not None  # not "release"
    return True


def _values_a_party(valuation: re.Match, sentence_start: int, deal: DealCandidate, article: _Article) -> bool:
    """A company valued ("That values Varnock at $2 billion") is one the deal buys: "The deal values the holding
    company at A$4 billion" values what a stake was bought in, not the deal."""
    if "target" not in valuation.groupdict():
        return True
    if kind_of := valuation.group("kind_of"):
        # "the company" is said of every company, the buyer's too
        introduced = article.first_introduced_as(kind_of) if kind_of not in ("company", "group") else None
        return (introduced is not None and introduced.start < sentence_start
                and (COMPANY, introduced.ref) in deal.parties)
    start, end = sentence_start + valuation.start("target"), sentence_start + valuation.end("target")
    named = {(COMPANY, o.ref) for o in article.within(start, end) if o.kind == COMPANY}
    return bool(named) and named <= set(deal.parties)


def _names_other_companies(article: _Article, deal: DealCandidate, start: int, end: int) -> bool:
    """Text between a deal and a later valuation names companies of another deal: "BHP agreed to sell copper
    to Jiangxi Copper. Rio Tinto's purchase of Arcadium closed last year. The deal was valued at $6.7 billion".
    A name after the money is the estimate's source ("..., analysts at Acme Capital said"), not another deal."""
    return any(o.kind == COMPANY and (COMPANY, o.ref) not in deal.parties for o in article.within(start, end))


def _with_goods(deals: list[DealCandidate], article: _Article) -> list[DealCandidate]:
    """A deal whose sentence names no goods ("Nouveau Monde also agreed offtakes with Panasonic") trades what
    an earlier deal of one of its companies trades, else the article's own commodity."""
    if all(deal.commodities for deal in deals):
        return deals
    commodity = article.protagonist_commodity
    earlier = sorted((d for d in deals if d.commodities), key=lambda d: d.sentence.start, reverse=True)
    filled = []
    for deal in deals:
        if not deal.commodities:
            companies = {p for p in deal.parties if p[0] == "company"}
            before = next((d.commodities for d in earlier if d.sentence.start < deal.sentence.start
                           and not companies.isdisjoint(d.parties)), None)
            goods = before or ((commodity,) if commodity else ())
            deal = replace(deal, commodities=goods)
        filled.append(deal)
    return filled


def _protagonist(refs: list[str], in_title: list[bool]) -> str | None:
    """The first one named in the headline, else the most mentioned one."""
    for ref, titled in zip(refs, in_title):
        if titled:
            return ref
    counts = Counter(refs)
    return counts.most_common(1)[0][0] if counts else None


def _as_country(occurrence: Occurrence, government_country: dict[str, str]) -> str | None:
    if occurrence.kind == COUNTRY:
        return occurrence.ref
    if occurrence.kind == ORGANISATION:
        return government_country.get(occurrence.ref)
    return None


def _sentence_deals(sentence: Sentence, article: _Article) -> list[DealCandidate]:
    lead = _OPENING_ADJUNCT.match(sentence.text)
    main = sentence.text[lead.end():] if lead else sentence.text  # what the adjunct tells is no deal of its own
    lowered = main.lower()
    if any(map(lowered.__contains__, _FAILED_HINTS)) and _FAILED.search(lowered):
        return []
    if any(map(lowered.__contains__, _CUMULATIVE_HINTS)) and _CUMULATIVE.search(_SUPERLATIVE_SO_FAR.sub(" ", main)):
        return []
    if (any(map(lowered.__contains__, _RUNNING_TOTAL_HINTS)) and _RUNNING_TOTAL.search(main)
            and not article.words_in(sentence.start, sentence.end, STRONG)):
        return []
    if ((_elaborates(sentence, article) or _CONSIDERATION_OPENING.match(sentence.text))
            and not _new_deal_named(sentence, article)):
        return []
    text = sentence.text
    deals = []
    offset = 0
    clauses = _clauses(text, sentence.start, article)
    subject = None
    for index, clause in enumerate(clauses):
        clause_start = sentence.start + text.find(clause, offset)
        offset = clause_start - sentence.start + len(clause)
        if index == 0 and len(clauses) > 1:
            subject = _subject(clause, clause_start, article) or _pronoun_subject(
                clause_start, _first_verb(clause, clause_start, article), sentence, article)
        inherited = subject if index > 0 and (_SHARED_SUBJECT.match(clause)
                                               or _opens_with_deal_verb(clause_start, article)) else None
        deals.extend(_clause_deals(sentence, clause, clause_start, article, inherited))
    return _told_once(deals) if len(deals) > 1 else deals


def _nominal_deals(sentence: Sentence, article: _Article) -> list[DealCandidate]:
    """Deals the sentence tells as noun phrases owned by one side and linked to the other (`_NOMINAL_NOUNS`)."""
    if _FAILED.search(sentence.text.lower()):
        return []
    deals = []
    for noun in article.words_in(sentence.start, sentence.end, NOUN):
        link = _NOMINAL_NOUNS.get(article.lowered[noun.start:noun.end])
        if link is None:
            continue
        owned = _POSSESSOR_BEFORE.search(article.text, max(sentence.start, noun.start - 60), noun.start)
        linked = _NOMINAL_LINK.match(article.text, noun.end, sentence.end)
        if owned is None or linked is None or linked.group("link") != link:
            continue
        gap = owned.group("gap").lower().split()
        if _UNDONE.intersection(gap) or _DETERMINERS.intersection(gap):
            continue
        owner, owner_start = _owner(owned, sentence, article)
        # "could derail A's deal with B", "A's proposed takeover of B"; not "talks were complicated by A's deal"
        if article.words_in(max(sentence.start, owner_start - _OWNER_HEDGE_REACH), noun.start, HEDGE):
            continue
        target_at = next((o for o in article.within(linked.end(), min(sentence.end, linked.end() + 80))
                          if o.kind != COMMODITY), None)
        if (owner is None or target_at is None or (link == "of" and target_at.kind != COMPANY)
                or not _NOMINAL_TARGET_GAP.fullmatch(article.text, linked.end(), target_at.start)):
            continue
        target_at = _named_target(target_at, sentence, article)
        target = _party_of(target_at, article)
        if target is None or target == owner or (target_at.kind != COMPANY
                                                 and _NATIONALITY_OF_NOUN.match(article.text, target_at.end)):
            continue
        if (_NOMINAL_UNDONE_AFTER.match(article.text, target_at.end, sentence.end)
                or _REPORTS_OF.search(article.text, max(sentence.start, owner_start - 40), owner_start)):
            continue  # "A's deal with B has yet to be finalised", "reports of A's takeover of B"
        money = [a for a in article.amounts_in(owned.start(), sentence.end) if a.kind == "money"
                 and not article.is_price(a.start)
                 and (a.start < noun.start or _NOMINAL_PRICE_GAP.fullmatch(article.text, target_at.end, a.start)
                      or _in_a_deal_of(a, target_at.end, article))]
        goods = tuple(dict.fromkeys(o.ref for o in article.within(owned.start(), target_at.end) if o.kind == COMMODITY))
        deals.append(DealCandidate(
            deal_type=_deal_type(noun.start, target_at.end, article.within(noun.start, target_at.end), article, []),
            sentence=sentence, parties=_ordered({owner: owned.start(), target: target_at.start}), commodities=goods,
            value=money[0].value if money else None, currency=money[0].unit if money else None))
    return deals


def _in_a_deal_of(money: ParsedAmount, target_end: int, article: _Article) -> bool:
    """Money a phrase after a noun-phrase deal's other side tells as "a deal" ("... with B, in a deal worth $2
    million", "... with B in a $2 million deal"), with no other company named between: the deal's value."""
    if money.start <= target_end or any(o.kind == COMPANY for o in article.within(target_end, money.start)):
        return False
    text = article.text
    if _ANOTHER_DEAL_BETWEEN.search(text, target_end, max(target_end, text.rfind(" in a", target_end, money.start))):
        return False  # "... follows its purchase of the Kestrel field in a $300 million deal": that purchase's money
    return bool(_IN_A_DEAL_WORTH.fullmatch(text, target_end, money.start)
                or (_IN_A.fullmatch(text, target_end, money.start) and _DEAL_AFTER_MONEY.match(text, money.end)))


def _named_target(target: Occurrence, sentence: Sentence, article: _Article) -> Occurrence:
    """The other side a noun phrase names: the company a nationality describes ("with Peruvian miner Varnock
    Mining"), or the one a company's possessive introduces ("takeover of Talbrin's rival Varnock Mining")."""
    after = [o for o in article.within(target.end, min(sentence.end, target.end + 60)) if o.kind == COMPANY]
    if not after:
        return target
    gap = article.text[target.end:after[0].start]
    if target.kind == COUNTRY and nationality_of(gap):
        return after[0]
    if target.kind == COMPANY and _POSSESSED_NEXT.fullmatch(gap):
        return after[0]
    return target


def _owner(owned: re.Match, sentence: Sentence, article: _Article) -> tuple[tuple[str, str] | None, int]:
    """Whose deal a possessive names, and where the owner's words start: the country, body or company that ends
    just before "'s", or for "its" the sentence's subject (or, for a sentence opening with "It", the subject of
    the sentence before)."""
    if owned.group("owner").lower() == "its":
        head = article.text[sentence.start:owned.start()]
        if head.startswith("It "):
            return _previous_sentence_subject(sentence, article), owned.start()
        # "A and B merged, while C now controls the mine through its takeover of D": the subject of its own clause
        # ("..., but it now controls ... through its takeover of D" names no one there: the sentence's subject)
        opening = max((m.end() for m in _CONTRASTED_CLAUSE.finditer(head)), default=0)
        owner = _possessive_subject(head[opening:], sentence.start + opening, article) if opening else None
        return owner or _possessive_subject(head, sentence.start, article), owned.start()
    named = [o for o in article.within(sentence.start, owned.start()) if o.end == owned.start() and o.kind != COMMODITY]
    return (_party_of(named[-1], article), named[-1].start) if named else (None, owned.start())


# A clause of its own subject joined by a contrast ("..., while C controls ..."): its "its" means C
_CONTRASTED_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas|but)|;)\s+")


# Kinds that name no business of their own: what a weaker verb gives ("receive" a financing) or a bare "agreement".
_GENERIC_KINDS = frozenset(("financing", "agreement"))


def _kinds_agree(deal: DealCandidate, other: DealCandidate) -> bool:
    """Of one family, or one of them generic."""
    return (_family(deal) == _family(other) or deal.deal_type in _GENERIC_KINDS
            or other.deal_type in _GENERIC_KINDS)


def _nested(parties: set[tuple[str, str]], others: set[tuple[str, str]]) -> bool:
    """One party set holds the other, and both hold two parties at least (a capital raise's lone company is no
    pair)."""
    return len(parties & others) >= 2 and (parties <= others or others <= parties)


def _told_once(deals: list[DealCandidate]) -> list[DealCandidate]:
    """The deals of one sentence, those of nested parties told as one: "The government will invest $35 million in
    Varnock and receive warrants to buy a further 7.5%" is one investment, not one and a financing. Two values
    that differ are two deals ("A will lend $50 million to B and invest $20 million in it"), and so are two kinds
    ("renewed its supply contract with B and agreed to lend B $50 million"); the merged deal keeps the type and
    value of the one that states money."""
    kept: list[DealCandidate] = []
    for deal in deals:
        mine = set(deal.parties)
        at = next((index for index, other in enumerate(kept) if _nested(mine, set(other.parties))
                   and _kinds_agree(deal, other) and not _values_differ(deal, other)), None)
        if at is None:
            kept.append(deal)
            continue
        other = kept[at]
        first, second = (other, deal) if other.value is not None or deal.value is None else (deal, other)
        kept[at] = replace(first, parties=tuple(sorted(mine | set(other.parties))),
                           commodities=tuple(dict.fromkeys(first.commodities + second.commodities)))
    return kept


def _clauses(text: str, sentence_start: int, article: _Article) -> list[str]:
    """The clauses of a sentence, each read for its own deal."""
    pieces = [text]
    if ", and " in text:
        cuts = [m.span() for m in _SECOND_SUBJECT.finditer(text)  # a first clause with a deal verb of its own
                if any(STRONG in w.kinds or WEAK in w.kinds
                       for w in article.words_in(sentence_start, sentence_start + m.start()))]
        if cuts:
            ends = [0] + [end for _, end in cuts]
            pieces = [text[at:start] for at, (start, _) in zip(ends, cuts)] + [text[ends[-1]:]]
    # A clause break needs ";", "while", " and ", " after " or a comma before "but", "as" or "whereas".
    if not (";" in text or ": " in text or "while" in text or " and " in text or " after " in text
            or ("," in text and ("but" in text or "as" in text))
            or ((" as " in text or "," in text) and any(map(text.__contains__, _TALKS_WORDS)))):
        return pieces
    clauses = [clause for piece in pieces for clause in _CLAUSE_BREAK.split(piece)]
    if " and " not in text:
        return clauses
    phrases, offset = [], 0
    for clause in clauses:
        at = text.find(clause, offset)
        offset = at + len(clause)
        phrases.extend(_coordinated_verb_phrases(clause, sentence_start + at, article))
    return phrases


def _coordinated_verb_phrases(clause: str, clause_start: int, article: _Article) -> list[str]:
    """"The fund takes a stake in A and lends $61 million to B": two deal verbs of one subject, each with an
    object of its own, are two clauses (A and B are no counterparties); "signed and sealed a deal with A" (no
    object between the verbs) and "a deal for copper and supply of cobalt" (a noun) stay one."""
    if " and " not in clause:
        return [clause]
    phrases = []
    at = 0  # where the current phrase starts
    verb_end = None  # where the last deal verb ends
    names: list[int] | None = None  # where the clause's names start, read at the first " and " before a verb
    asides: list[tuple[int, int]] = []  # ", which buys X and sells Y,": the aside's verbs are not the clause's
    for verb in article.words_in(clause_start, clause_start + len(clause)):
        if STRONG not in verb.kinds and WEAK not in verb.kinds:
            continue
        local = verb.start - clause_start
        and_at = local - len(" and ")
        if (verb_end is not None and and_at > at and clause.startswith(" and ", and_at)
                and not clause.startswith(" of ", verb.end - clause_start)):
            if names is None:
                names = [o.start - clause_start for o in article.within(clause_start, clause_start + len(clause))
                         if o.kind != COMMODITY]
                asides = _asides(clause, 0)
            if any(verb_end < name < and_at for name in names) and not _inside(and_at, asides):
                phrases.append(clause[at:and_at])
                at = local
        verb_end = verb.end - clause_start
    phrases.append(clause[at:])
    return phrases


def _opens_with_deal_verb(clause_start: int, article: _Article) -> bool:
    """"... and lends $61 million to B": a clause that opens with its deal verb shares the sentence's subject."""
    return any(STRONG in w.kinds or WEAK in w.kinds for w in article.words_in(clause_start, clause_start + 1))


def _first_verb(clause: str, clause_start: int, article: _Article) -> int:
    """Where the clause's first deal verb starts, else its end."""
    clause_end = clause_start + len(clause)
    return next((w.start for w in article.words_in(clause_start, clause_end) if STRONG in w.kinds or WEAK in w.kinds),
                clause_end)


def _subject(clause: str, clause_start: int, article: _Article) -> tuple[str, str] | None:
    """The party named before the clause's first verb: the subject a following verb-first clause shares."""
    head_end = _first_verb(clause, clause_start, article)
    if head_end == clause_start + len(clause):
        # "Glencore reported record profit and agreed to buy ...": no deal verb, but a name opens the clause
        opening = [o for o in article.within(clause_start, clause_start + len(clause))
                   if o.kind != COMMODITY and o.start == clause_start]
        if not opening:
            return _opening_referent(clause, clause_start, article)
        head_end = opening[0].end
    parties = _parties(clause[:head_end - clause_start], clause_start, article.within(clause_start, head_end), article)
    # "The fund takes a stake in A and lends to B": the subject named only as "the fund"
    return min(parties, key=parties.__getitem__) if parties else _opening_referent(clause, clause_start, article)


def _possessive_subject(head: str, head_start: int, article: _Article) -> tuple[str, str] | None:
    """Whom "its" before a deal noun means: the subject of the `head` before it. With no deal verb in the head
    ("extended its contract with"), the first party acting in it, past an opening adjunct and a nationality: "In a
    separate statement, A extended its contract", "Ruritania's state operator A has renewed its contract"; not a
    topic set off by a comma ("For A, the B deal is its third contract")."""
    if _first_verb(head, head_start, article) < head_start + len(head):
        return _subject(head, head_start, article)
    lead = _OPENING_ADJUNCT.match(head)  # "After B walked away, A extended its ...": B is another event's
    head_end = head_start + len(head)
    start = head_start + (lead.end() if lead else 0)
    # "A spokesman for B said C had extended its contract": what is reported starts after the report, if it names
    # someone ("A said it had extended its contract" is A's)
    reported = max((m.end() for m in _REPORTED_THAT.finditer(head)), default=0)
    if head_start + reported > start and any(o.kind == COMPANY and _FINITE_VERB.match(article.text, o.end)
                                             for o in article.within(head_start + reported, head_end)):
        start = head_start + reported  # ("A said China had cleared its takeover": still A's)
    named = [o for o in article.within(start, head_end) if o.kind != COMMODITY]
    parties = _parties(article.text[start:head_end], start, named, article)
    first = min(parties, key=parties.__getitem__) if parties else None
    if first is None or "," in article.text[parties[first]:head_end]:
        return _subject(head, head_start, article)  # "For A, the B deal is its third contract": A is a topic
    return first


def _elaborates(sentence: Sentence, article: _Article) -> bool:
    """The sentence is about a deal already named: "The agreement still has to be ratified", "... said
    the deal places no debt on Ukraine". A deal phrase that contains its own verb ("The federal
    government signed offtake arrangements") does not count."""
    reported = any(map(sentence.text.__contains__, _REPORTING_WORDS))
    under = any(map(sentence.text.__contains__, _UNDER_HINTS)) and _UNDER_THE_DEAL.search(sentence.text)
    for match in (_ELABORATION.match(sentence.text), reported and _REPORTED_ELABORATION.search(sentence.text), under):
        if match:
            noun_start, noun_end = sentence.start + match.start("noun"), sentence.start + match.end("noun")
            if any(o.kind != COMMODITY and o.start <= noun_start and noun_end <= o.end
                   for o in article.within(sentence.start, sentence.end)):
                continue  # "The European Investment Bank granted ...": the noun is part of a name
            if _DESCRIBES_TRADER.match(article.text, noun_end):
                continue  # "said that US investment firm KKR will buy ...": the noun describes a company
            if _LEAD_IN.match(article.text, noun_end):
                continue  # "The one deal that did close: Zijin completed ...": a lead-in to the deal told next
            verbs = [w for w in article.words_in(sentence.start + match.start(), noun_start)
                     if STRONG in w.kinds or WEAK in w.kinds]
            if not verbs:
                return True
    return False


def _new_deal_named(sentence: Sentence, article: _Article) -> bool:
    """An elaborating sentence that still names a new deal ("... a framework that officials signed", "under the
    minerals agreement that Washington and Kyiv signed in April"), or a loan made under it ("As part of the
    agreement, A will lend B $150 million")."""
    relative = _RELATIVE_DEAL.search(sentence.text)
    if relative and not _OPENING_DEAL.fullmatch(sentence.text, 0, relative.start()):
        return True  # ("The agreement that A and B signed runs for ten years" goes on about one told before)
    verbs = [v for v in article.words_in(sentence.start, sentence.end, STRONG) if article.unhedged(v, sentence.start)]
    if not verbs:
        return _loan_provided(sentence, article)
    if _INDEFINITE_DEAL.search(sentence.text):
        return True
    return (any(_LEND_WORDS.match(article.text, v.start, v.end) for v in verbs)
            and any(a.kind == "money" for a in article.amounts_in(sentence.start, sentence.end)))


# "projects worth more than $15 billion, including Korvel's $2 billion mine": the total that a list of projects or
# assets follows; not a price with what it includes ("for $2.5 billion, including Talbrin's $400 million of debt").
_TOTAL_OF_A_LIST = re.compile(r",\s+including\b")
_LISTED_ASSETS = re.compile(r"\b(?:projects|assets|mines|plants|facilities|fields|deposits|investments)\s+"
                            r"(?:worth|valued\s+at|totall?ing|of)\s+(?:[\w-]+\s+){0,3}?$")
_LIST_REACH = 60  # characters from the listed noun to the total
_DEBT_PART = re.compile(r"\s+(?:of|in)\s+(?:net\s+)?(?:debt|cash|liabilities|borrowings)\b")
# "a $50 million investment from the state fund", "a $20 million loan by Varnock": money a named side gives, named
# by a noun of contribution; not "a $1.8 billion offer made by C" or "$300 million borrowed from C".
_GIVEN_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:investment|loan|commitment|financing|contribution|equity)s?"
                       r"\s+(?:from|by)\s+")
_GIVER_REACH = 60  # characters from "from" to the party's name ("the federal government's ...")
_GIVER_BREAK = re.compile(r"[,;:]")  # "$5 million from the sale, Varnock said": the name is no giver


def _deal_money(money: list[ParsedAmount], parties: dict[tuple[str, str], int], text: str) -> list[ParsedAmount]:
    """The clause's money with the deal's own value first. Several amounts: a party's own share ("raised $300
    million, anchored by a $50 million investment from Varnock" is Varnock's $50 million) comes before a sum the
    clause tells first, and a total that a list of its parts follows is no deal's value."""
    if len(money) < 2:
        return money
    for amount in money:
        given = _GIVEN_BY.match(text, amount.end)
        if given and any(0 <= at - given.end() <= _GIVER_REACH and not _GIVER_BREAK.search(text, given.end(), at)
                         for at in parties.values()):
            return [amount] + [a for a in money if a is not amount]
    if _TOTAL_OF_A_LIST.match(text, money[0].end) and _LISTED_ASSETS.search(
            text, max(0, money[0].start - _LIST_REACH), money[0].start):
        # the part is one side's own ("Korvel's $2 billion mine"); "$7 billion including debt" is one sum
        owned = [a for a in money[1:]
                 if text.endswith(("'s ", "’s "), 0, a.start) and not _DEBT_PART.match(text, a.end)]
        if owned:
            return owned + [a for a in money if a not in owned]
    return money


def _loan_provided(sentence: Sentence, article: _Article) -> bool:
    """"As part of the transaction, A will provide B with a $40 million bridge loan": money lent under a deal
    told before, by a verb of giving with a loan for its object, is a loan of its own."""
    if not any(a.kind == "money" for a in article.amounts_in(sentence.start, sentence.end)):
        return False
    return any(article.text[v.start:v.end].lower() in _PROVIDE_WORDS and _LOAN_GIVEN.match(article.text, v.end)
               and article.unhedged(v, sentence.start) for v in article.words_in(sentence.start, sentence.end, WEAK))


def _clause_deals(sentence: Sentence, clause: str, clause_start: int, article: _Article,
                  inherited: tuple[str, str] | None = None) -> list[DealCandidate]:
    clause_end = clause_start + len(clause)
    in_clause = article.amounts_in(clause_start, clause_end)
    stated = [a for a in in_clause if a.kind == "money"]
    money = [a for a in stated if not article.is_price(a.start)]  # a unit price is not the deal's value
    quantities = [a for a in in_clause if a.kind == "quantity"]
    asides = _asides(clause, clause_start)
    occurrences = article.within(clause_start, clause_end)
    trigger = _trigger(clause, clause_start, sentence, bool(money), article, asides, occurrences)
    if trigger is None or _TRADE_SHARE.match(article.text, trigger.end, clause_end):
        return []
    if any(map(clause.lower().__contains__, _RULING_HINTS)) and _ruling(clause, clause_start, trigger, asides):
        return []
    verb = article.text[trigger.start:trigger.end].lower()
    if _trade_statistic(verb, clause, occurrences):
        return []
    lead = _OPENING_ADJUNCT.match(clause) if clause_start == sentence.start else None
    told_from = clause_start  # where the deal's own words start
    if lead and clause_start + lead.end() <= trigger.start:
        # "After posting a record $4.2 billion profit, Fortescue signed ...": the adjunct's money and names are
        # another event's
        told_from = lead_end = clause_start + lead.end()
        money = [a for a in money if a.start >= lead_end]
        occurrences = [o for o in occurrences if o.kind == COMMODITY or o.start >= lead_end]
    if asides:
        occurrences, asides = _outside_asides(occurrences, asides, trigger)
        # "Glencore, which earned $5 billion last year, agreed to buy Teck for $9 billion": not the deal's value
        money = [a for a in money if not _inside(a.start, asides)]
    occurrences = _without_reporters(clause, clause_start, occurrences, trigger, asides)
    if any(map(clause.__contains__, _MOVE_HINTS)):
        occurrences = _without_other_movers(clause, clause_start, occurrences, trigger)
    parties = _parties(clause, clause_start, occurrences, article, trigger.start)
    if (rivals := _RIVALS.search(clause, trigger.end - clause_start)) is not None:
        parties = {p: at for p, at in parties.items() if at < clause_start + rivals.start()}
    named_in_clause = len(parties)
    if inherited:
        parties.setdefault(inherited, clause_start)
    strong = STRONG in trigger.kinds
    named = (bool(money) or bool(_INDEFINITE_DEAL.search(clause))
             or bool(_BARE_DEAL.match(clause, trigger.end - clause_start))
             or article.text.endswith(" access to", trigger.start, trigger.end))  # the phrase names an offtake
    parties = _fill_from_context(clause, clause_start, parties, article, named, money)
    # "It also agreed to buy Argentine corn from Bunge": the pronoun is the buyer, whatever else the clause names
    if subject := _pronoun_subject(clause_start, trigger.start, sentence, article):
        parties.setdefault(subject, clause_start)
    if len(parties) > named_in_clause:
        # "It also agreed to buy Romanian wheat from Cargill": beside the subject the text around gives, the goods'
        # origin is no party
        parties = _without_bystanders(parties, trigger.start, occurrences, article)
    if any(map(clause.__contains__, _PAIR_HINTS)):
        parties = _with_pair(clause, clause_start, trigger, sentence, parties, article)
    borrower = _headline_borrower(clause, clause_start, trigger, parties, article) if money else None
    if borrower:
        parties.setdefault(borrower, clause_end)
    elif _sources_alone(trigger, parties, occurrences, article):
        return []
    if len(parties) < 2 and not _raises_capital(clause, parties, bool(money)):
        for party in _lenders_named_next(clause, sentence, article):
            parties.setdefault(party, clause_end)
        if len(parties) < 2:
            return []
    if (len(parties) == 2 and all(kind == "country" for kind, _ in parties)
            and (group := _ONE_GROUP.search(clause)) is not None
            and all(group.start() <= at - clause_start < group.end() for at in parties.values())):
        return []  # both countries are named only as the nationalities of one group of lenders or buyers: one side
    deal_type = _deal_type(told_from, clause_end, occurrences, article, asides)
    bought = (_listed_after_purchase(trigger, occurrences, article)
              if deal_type == "acquisition" and " and " in clause else [])  # a list ends with "and"
    if len(bought) >= 2 and _OPENS_CLAUSE.match(article.text, bought[-1].end):
        parties.pop((COMPANY, bought.pop().ref), None)
    goods = [o for o in occurrences if o.kind == COMMODITY and not _DESCRIBES_TRADER.match(article.text, o.end)]
    commodities = tuple(dict.fromkeys(o.ref for o in goods))
    duration = _DURATION.search(clause.lower()) if "year" in clause else None
    start_year = _START_YEAR.search(clause) if "20" in clause else None
    valued = _deal_money(money, parties, article.text)
    base = DealCandidate(
        deal_type=deal_type, sentence=sentence, parties=_ordered(parties), commodities=commodities,
        value=valued[0].value if valued else None, currency=valued[0].unit if valued else None,
        quantity=quantities[0].value if quantities else None,
        quantity_unit=quantities[0].unit if quantities else None,
        quantity_period=quantities[0].period if quantities else None,
        duration_years=_years(duration) if duration else None,
        start_year=int(start_year.group(1)) if start_year else None,
    )
    if " and " in clause and (gapped := _gapped_buyer(clause, clause_start, trigger, occurrences, parties, money,
                                                       article)):
        second_buyer, subject, second_paid = gapped
        # Money told before the second buyer is the subject's price ("A will take 20% for $1.7 billion and B
        # 3%"); told after both, it is their combined price, neither buyer's own.
        subject_paid = bool(money) and money[0].start < parties[second_buyer]
        # "A will invest $50m in X and B $30m in Y": each investor has a target of its own, named on its side of
        # the second one; "A will take 20% and B 3% of C" names one target, after both
        second_at = parties[second_buyer]
        before = {p for p, at in parties.items() if p[0] == "company" and trigger.start < at < second_at}
        after = {p for p, at in parties.items() if p[0] == "company" and at > second_at}
        own_targets = bool(before and after)
        subject_deal = replace(base, parties=_ordered({p: at for p, at in parties.items() if p != second_buyer
                                                       and not (own_targets and p in after)}),
                               value=base.value if subject_paid else None,
                               currency=base.currency if subject_paid else None)
        second_deal = replace(base, parties=_ordered({p: at for p, at in parties.items() if p != subject
                                                      and not (own_targets and p in before)}),
                              value=second_paid.value if second_paid else None,
                              currency=second_paid.unit if second_paid else None)
        return [deal for deal in (subject_deal, second_deal) if len(deal.parties) >= 2]
    if (each := _awarded_to_each(base, clause, clause_start, trigger, parties)) is not None:
        return each
    if not money and (targets := _companies_bought(bought, article)):
        split = [replace(base, parties=_ordered({p: at for p, at in parties.items()
                                                 if p == target or p not in targets}))
                 for target in targets]
        # "The company agreed to acquire A and B" with no buyer found: no deal of one party
        return [deal for deal in split if len(deal.parties) >= 2]
    if "including" in clause and (members := _included_subjects(clause, trigger.start - clause_start)):
        return _one_per_member(base, clause, members, clause_start, occurrences, article)
    traded = deal_type in ("offtake", "supply")
    if traded or (" with " in clause and _PLURAL_DEALS.search(clause)):
        return _one_per_buyer(base, clause, clause_start, trigger, parties, goods, sentence, article,
                              companies_only=not traded)
    return [base]


def _lenders_named_next(clause: str, sentence: Sentence, article: _Article) -> list[tuple[str, str]]:
    """Lenders a clause leaves unnamed ("signed $3.3 billion of debt with a group of eight lenders") and the next
    sentence names ("The banks are A, B and C", "The loan is provided by A together with B"): the companies and
    development banks that sentence names."""
    if _UNNAMED_LENDERS.search(clause) is None and _LOAN_NOUN.search(clause) is None:
        return []
    index = bisect_right(article.sentence_starts, sentence.start)  # the sentence after this one
    if index >= len(article.sentences):
        return []
    following = article.sentences[index]
    named = _LENDERS_NAMED_NEXT.match(following.text)
    if (following.section != sentence.section or named is None
            or (named.group("listed") and _UNNAMED_LENDERS.search(clause) is None)):
        return []  # "The banks are ..." names the lenders only of a clause that tells of lenders
    return list(dict.fromkeys(("company", o.ref) for o in article.within(following.start, following.end)
                              if o.kind == COMPANY or (o.kind == ORGANISATION and o.ref in article.financiers)))


_GROUP_AWARDED = re.compile(r"(?:a|the)\s+(?:[\w-]+\s+)?(?:consortium|group|joint\s+venture|venture)\s+(?:of|between|"
                            r"led\s+by)\b")
_AWARD_LIST_END = re.compile(r",\s+(?:a|an|the|which|who|whose|both|each)\b|\s+(?:after|for|under|worth|valued)\b")


def _awarded_to_each(base: DealCandidate, clause: str, clause_start: int, trigger: Hit,
                     parties: dict[tuple[str, str], int]) -> list[DealCandidate] | None:
    """"Contracts for the cargoes were awarded by A to B, C and D", "A awarded 15 cargoes to B, 12 to C and nine to
    D": a contract of A with each company after "to"; None when the clause tells no such award of plural contracts
    or lots from one party."""
    before_verb = trigger.start - clause_start
    passive = (_DEAL_SUBJECT_PASSIVE.match(clause, 0, before_verb) is not None
               and _PLURAL_DEAL_NOUN.search(clause[:before_verb].lower()) is not None)
    # "A awarded 15 cargoes to B, 12 to C and nine to D": the active telling
    active = clause[before_verb:].startswith("awarded") and _LOTS_AWARDED.match(clause, trigger.end - clause_start)
    if not (passive or active):
        return None
    to_at = clause.find(" to ", trigger.end - clause_start)
    if to_at < 0 or _GROUP_AWARDED.match(clause, to_at + 4):
        return None  # "to a consortium of A and B": one award
    given_at = clause_start + to_at
    list_end = _AWARD_LIST_END.search(clause, to_at + 4)  # ", a partner of C": C describes, takes nothing
    listed_until = clause_start + (list_end.start() if list_end else len(clause))
    givers = [p for p, at in parties.items() if at < given_at]
    takers = [p for p, at in parties.items() if given_at < at < listed_until and p[0] == "company"]
    if len(givers) != 1 or not takers:
        return None
    kind = "supply" if base.commodities or "cargo" in clause.lower() else "agreement"  # what was awarded
    return [replace(base, deal_type=kind, parties=_ordered({givers[0]: 0, taker: 1})) for taker in takers]


def _companies_bought(listed: list[Occurrence], article: _Article) -> list[tuple[str, str]]:
    """"agreed to acquire A and B": the companies `_listed_after_purchase`, each bought in a deal of its own (a later
    sentence tells one of them apart: "Separately, it agreed to buy B for C$196 million"); none when fewer than two
    are, or the last one owns what is bought ("buy A and B's stakes")."""
    if len(listed) < 2 or article.text.startswith(("'s", "’s"), listed[-1].end):
        return []
    return list(dict.fromkeys((COMPANY, o.ref) for o in listed))


def _listed_after_purchase(trigger: Hit, occurrences: list[Occurrence], article: _Article) -> list[Occurrence]:
    """The companies listed right after the verb of a purchase ("agreed to acquire A, B and C"), if any."""
    companies = [o for o in occurrences if o.kind == COMPANY and o.start >= trigger.end]
    if len(companies) < 2:
        return []
    # the purchase word right before the first company ("agreed to acquire A"): the trigger or a type word after it
    before = [w for w in article.words_in(trigger.start, companies[0].start) if w.end <= companies[0].start]
    if not (before and any(label.ref == "acquisition" for label in before[-1].labels_of(TYPE))
            and _OBJECT_OPENING.fullmatch(article.text, before[-1].end, companies[0].start)):
        return []
    listed = [companies[0]]
    for company in companies[1:]:
        if not _TARGET_LIST_GAP.fullmatch(article.text, listed[-1].end, company.start):
            break
        listed.append(company)
    return listed


def _gapped_buyer(clause: str, clause_start: int, trigger: Hit, occurrences: list[Occurrence],
                  parties: dict[tuple[str, str], int], money: list[ParsedAmount],
                  article: _Article) -> tuple[tuple[str, str], tuple[str, str], ParsedAmount | None] | None:
    """The subject before the verb and a second buyer after it whose own verb is left out ("A will take 20% and B
    3% of C", "A will lend $300 million and B $120 million"), each the party the other's deal leaves out, and the
    money named right after the second buyer (its own); None when the clause has no such buyer. `money`: the
    clause's money."""
    subject = max((p for p, at in parties.items() if p[0] == "company" and at < trigger.start),
                  key=parties.__getitem__, default=None)
    if subject is None:
        return None
    for o in occurrences:
        if o.start <= trigger.end or ("company", o.ref) not in parties:
            continue
        # the anchored tests after the name first: the gap before it is read from the verb on, which on a long
        # list of names would make the clause quadratic
        own = next((a for a in money if _GAPPED_MONEY.fullmatch(article.text, o.end, a.start)), None)
        if ((own is not None or _GAPPED_SHARE.match(clause, o.end - clause_start))
                and _GAP_BEFORE.fullmatch(clause, trigger.end - clause_start, o.start - clause_start)):
            return ("company", o.ref), subject, own
    return None


def _trade_statistic(verb: str, clause: str, occurrences: list[Occurrence]) -> bool:
    """A country's imports, exports or purchases in a past period or as a habit, with no company dealing."""
    if verb in _PURCHASE_FLOWS:
        return (not any(o.kind == COMPANY for o in occurrences) and _BYGONE_PERIOD.search(clause) is not None
                and _OWNERSHIP_AFTER.search(clause) is None)
    return (verb in _TRADE_FLOWS and not any(o.kind == COMPANY for o in occurrences)
            and (verb in _PRESENT_FLOWS or _BYGONE_PERIOD.search(clause) is not None))


def _included_subjects(clause: str, limit: int) -> tuple[int, int] | None:
    """Where the subject of a clause is given as examples, each with where it deals (", including A in
    Zambia and B at C,"): the span of the list, up to the comma after the first item that says where; None
    when the clause before `limit` has none. (Plain string scans: a regex of nested lazy groups here is
    quadratic in the clause's length.)"""
    start = clause.find(_INCLUDING, 0, limit)
    if start < 0:
        return None
    items_start = at = start + len(_INCLUDING)
    semicolon = clause.find(";", items_start, limit)
    end = limit if semicolon < 0 else semicolon
    while (comma := clause.find(",", at, end)) >= 0:
        segment = clause[at:comma]
        if " in " in segment or " at " in segment:
            return items_start, comma
        at = comma + 1
    return None


def _one_per_member(base: DealCandidate, clause: str, members: tuple[int, int], clause_start: int,
                    occurrences: list[Occurrence], article: _Article) -> list[DealCandidate]:
    """"Other Gulf groups, including A in Zambia and B at C, have also invested ...": each listed member deals
    with the place or company its own item names; a member whose item names none makes no deal."""
    deals = []
    at, end = members
    for item in _LIST_GAP.split(clause[at:end]):
        item_start = clause_start + clause.index(item, at)
        at = item_start - clause_start + len(item)
        inside = [o for o in occurrences if item_start <= o.start and o.end <= item_start + len(item)]
        parties = _parties(item, item_start, inside, article)
        if len(parties) >= 2:
            deals.append(replace(base, parties=_ordered(parties)))
    return deals


def _without_reporters(clause: str, clause_start: int, occurrences: list[Occurrence],
                       trigger: Hit, asides: list[tuple[int, int]]) -> list[Occurrence]:
    """The clause's names without those of whoever reports its deal: the subject of a reporting verb before
    the deal ("Analysts at Citi said A agreed to buy B"), a reporter named after it (", Citi analysts said",
    "according to Reuters"). Only when the reported part names two parties of its own: "Chile said BYD will
    invest in a plant" reports Chile's own deal, and so does "Glencore said it agreed to buy Teck"."""
    trigger_at = trigger.start - clause_start
    reporters: list[tuple[int, int]] = []  # clause offsets of the reporting part
    reported = (0, len(clause))  # and of the part that tells the deal
    verbs = [v for v in _REPORTING_VERB.finditer(clause, 0, trigger_at)
             if not _inside(clause_start + v.start(), asides) and not _REPORTED_OBJECT.match(clause, v.end())]
    verb = verbs[-1] if verbs else None
    if verb is not None and _reports_named_subject(clause, clause_start, verb, occurrences, trigger_at):
        reporters.append((0, verb.end()))
        reported = (verb.end(), len(clause))
    elif (according := _ACCORDING_TO.search(clause, 0, trigger_at)) is not None:
        reporters.append((according.start(), according.end()))
        reported = (according.end(), len(clause))
    trailing = _TRAILING_ATTRIBUTION.search(clause, trigger.end - clause_start)
    if trailing is not None:
        reporters.append((trailing.start(), len(clause)))
        reported = (reported[0], trailing.start())
    if not reporters:
        return occurrences
    inside = [o for o in occurrences if o.kind != COMMODITY
              and reported[0] <= o.start - clause_start and o.end - clause_start <= reported[1]]
    if len({o.ref for o in inside}) < 2 and not any(_DATA_SOURCE.search(clause, *span) for span in reporters):
        return occurrences
    return [o for o in occurrences if o.kind == COMMODITY
            or not any(start <= o.start - clause_start < end for start, end in reporters)]


def _without_other_movers(clause: str, clause_start: int, occurrences: list[Occurrence],
                          trigger: Hit) -> list[Occurrence]:
    """The clause's names without those a share move around its deal adds: before "after", only the company
    whose shares moved ("Shares of Pilbara rose 3% in Australia after it signed ..."); after the deal, no
    other mover of the round-up (", and Antofagasta was flat")."""
    trigger_at = trigger.start - clause_start
    moves = list(_SHARE_MOVE.finditer(clause, 0, trigger_at))
    cut = _NEXT_MOVE.search(clause, trigger.end - clause_start)
    if not moves and cut is None:
        return occurrences
    link = moves[-1].end() if moves else 0
    # The mover is named before the move's last verb: "A gained 4% and B climbed 7% after ..." is B's move.
    verb_at = max(v.start() for v in _MOVE_VERB.finditer(clause, moves[-1].start(), link)) if moves else 0
    segment = max(clause.rfind(mark, 0, verb_at) for mark in ",;:") + 1 if moves else 0
    mover = next((o for o in reversed(occurrences) if o.kind == COMPANY
                  and segment <= o.start - clause_start < verb_at), None) if moves else None
    end = cut.start() if cut else len(clause)
    return [o for o in occurrences if o.kind == COMMODITY or o is mover
            or link <= o.start - clause_start < end]


def _ruling(clause: str, clause_start: int, trigger: Hit, asides: list[tuple[int, int]]) -> bool:
    """Whether the clause of `trigger` tells of a ruling that orders a payment, outside its asides, its opening
    adjunct and any adjunct after the trigger ("..., after the court ordered Samarco to pay ...")."""
    at = trigger.start - clause_start
    later = _LATER_ADJUNCT.search(clause, trigger.end - clause_start)
    text = clause[:later.start()] if later else clause
    lead = _OPENING_ADJUNCT.match(text)
    if lead and lead.end() <= at:
        text = " " * lead.end() + text[lead.end():]
    for start, end in asides:
        if not start <= trigger.start < end:
            start, end = start - clause_start, end - clause_start
            text = text[:start] + " " * (end - start) + text[end:]
    return bool(_RULING.search(text))


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _reports_named_subject(clause: str, clause_start: int, verb: re.Match, occurrences: list[Occurrence],
                           trigger_at: int) -> bool:
    """Whether what the reporting verb reports opens with a name of its own, past adverbials: "Analysts at Citi
    said Glencore agreed ...", "Reuters reported that X had signed ..."; not "Glencore said Thursday it agreed
    ...", "Glencore said the company agreed ..." (the reporter is the subject)."""
    gap = _TOLD_SUBJECT_GAP if verb.group() == "told" else _REPORTED_SUBJECT_GAP
    for occurrence in occurrences:
        local_start = occurrence.start - clause_start
        if occurrence.kind == COMMODITY or not verb.end() <= local_start < trigger_at:
            continue
        if local_start - verb.end() > _REPORTED_SUBJECT_REACH:
            break
        if gap.fullmatch(clause, verb.end(), local_start):
            return True
    return False


def _asides(clause: str, clause_start: int) -> list[tuple[int, int]]:
    """The spans of non-restrictive relative clauses and ownership appositions: "OCP, which also sells phosphate
    rock to India, ...", "Minera Centinela, a unit of Antofagasta, signed ..." (the owner is no party), "B, a company
    that holds interests in the same assets as C, ..." (nor is what a description names)."""
    if ("which" not in clause and "who" not in clause and " of " not in clause and " by " not in clause
            and " that " not in clause and "ing " not in clause and "having" not in clause):
        return []
    return [(clause_start + m.start(), clause_start + m.end()) for m in _ASIDE.finditer(clause)]


def _outside_asides(occurrences: list[Occurrence], asides: list[tuple[int, int]],
                    trigger: Hit) -> tuple[list[Occurrence], list[tuple[int, int]]]:
    """What the deal of `trigger` is about, and the asides it must ignore. An aside says something else of a
    name: its countries and companies are no parties of the main clause's deal (its commodities still tell
    what the deal is about: "... in Greystone, which is building a lithium refinery"). A deal reported inside
    an aside ("Trafigura, which signed a prepayment deal with Gecamines, ...") is that of the aside's entities
    and its antecedent."""
    aside = next(((start, end) for start, end in asides if start <= trigger.start < end), None)
    if aside is None:
        return [o for o in occurrences
                if o.kind == COMMODITY or not any(s <= o.start < e for s, e in asides)], asides
    start, end = aside
    kept = [o for o in occurrences if o.kind == COMMODITY or start <= o.start < end or start - 3 <= o.end <= start]
    return kept, [span for span in asides if span != aside]


def _trigger(clause: str, clause_start: int, sentence: Sentence, has_money: bool, article: _Article,
             asides: list[tuple[int, int]], occurrences: list[Occurrence]) -> Hit | None:
    """The clause's deal verb; None when it has none, or when its own verb tells a habit ("Kogas buys LNG from
    QatarEnergy"). A habit told in an aside ("Trafigura, which also buys copper from Glencore, signed ...")
    leaves the main clause's verb to be read. `occurrences`: the clause's names."""
    outside = [o for o in occurrences if not _inside(o.start, asides)] if asides else occurrences
    trade_news = not has_money and sentence.section == "body"  # where a present-tense trade verb is a habit
    for verb in _deal_verbs(clause, clause_start, sentence.start, has_money, article, occurrences):
        if not _habitual(verb, outside, trade_news, article.text, asides):
            return verb
        if not _inside(verb.start, asides):
            return None
    return None


def _deal_verbs(clause: str, clause_start: int, sentence_start: int, has_money: bool, article: _Article,
                occurrences: list[Occurrence]) -> Iterator[Hit]:
    """The clause's unhedged verbs that commit to a deal: transaction verbs first, then weaker verbs that name
    one (with money, a deal noun or a share taken). `occurrences`: the clause's names."""
    clause_end = clause_start + len(clause)
    names = EnclosingSpans((o.start, o.end) for o in occurrences if o.kind != COMMODITY)
    for verb in _verbs_outside_names(article.words_in(clause_start, clause_end, STRONG), names, article.text):
        if (article.unhedged(verb, sentence_start) and not _NO_COMMITMENT.match(article.text, verb.end)
                and not _PRONOUN_RELATIVE.search(article.text, max(clause_start, verb.start - 60), verb.start)
                and not _access_without_goods(verb, occurrences, article.text)
                and not _trend(verb, article.text)
                and not (_is_agree(article.text, verb) and _OPINION_SHARED.match(article.text, verb.end))
                and not (article.text.endswith("ed", verb.start, verb.end)
                         and _DETERMINER_BEFORE.search(article.text, max(clause_start, verb.start - 8), verb.start))):
            yield verb
    for verb in _verbs_outside_names(article.words_in(clause_start, clause_end, WEAK), names, article.text):
        word = article.text[verb.start:verb.end].lower()
        if word.endswith("ed") and (_modifies_noun_before(article, verb, clause_start)
                                    or _reduced_passive(article.text, verb, clause_end)):
            continue
        if word == "backed" and _backer_described(article, verb, clause_start, clause_end):
            continue  # "Korvel, which is backed by private equity firm Varnock, ...": who owns it, no deal made
        if _AID_GIVEN.match(article.text, verb.end) or _PRONOUN_RELATIVE.search(
                article.text, max(clause_start, verb.start - 60), verb.start):
            continue
        if (word in _FLOW_PARTICIPLES and _PRESENT_PASSIVE.search(article.text, max(clause_start, verb.start - 30),
                                                                  verb.start)
                and not any(NOUN in w.kinds for w in article.words_in(verb.end, _phrase_end(article.text, verb.end,
                                                                                            clause_end)))):
            continue  # "most of its concentrate is shipped to China": where goods go as a rule, no deal
        if word in _NOUN_FORMS and (_NOUN_BEFORE.search(article.text, max(clause_start, verb.start - 30), verb.start)
                                    or _OBJECTLESS.match(article.text, verb.end)):
            continue  # "during supply disruptions", "the export ban", "disrupted European supply.": the noun
        if word in _CHOICE_WORDS and _SITE_CHOSEN.match(article.text, verb.end):
            continue  # "picked Oklahoma as the site of its smelter": a place chosen, no deal
        if word in _RECEIVE_WORDS and (_HOLDERS_BEFORE.search(article.text, max(clause_start, verb.start - 40),
                                                              verb.start)
                                       or (_HOLDERS_SUBJECT.match(clause)
                                           and _CONSIDERATION.match(article.text, verb.end))):
            continue  # "Varnock shareholders will receive A$3.40 a share": the price of a takeover told before
        if word in _PAY_WORDS:
            named = has_money and (_OWNERSHIP_AFTER.search(clause, verb.end - clause_start) is not None
                                   or _pays_for_company(clause, clause_start, verb, article))
        elif word in _RENEW_WORDS:
            named = _concludes_a_deal(clause, verb.start - clause_start, verb.end - clause_start)
        elif word in _TAKE_WORDS and _TAKES_SHARE.match(clause, verb.end - clause_start):
            named = True  # "will take 20% of Teck's coal unit": a stake
        elif word in _SOURCE_WORDS:
            named = has_money and _FUNDS_SOURCED.search(clause, 0, verb.start - clause_start) is not None
        elif word in _OBJECT_WORDS:
            deal_object = _NEW_DEAL_OBJECT.match(clause, verb.end - clause_start)
            named = deal_object is not None and _REPORTED_CLAUSE.match(clause, deal_object.end()) is None
        elif word in _SANCTION_WORDS:
            named = (_SANCTIONED_LOAN.match(clause, verb.end - clause_start) is not None
                     or _LOAN_SANCTIONED.search(clause, 0, verb.start - clause_start) is not None)
        elif word in _AWARD_WORDS and (_WORK_WON.match(clause, verb.end - clause_start)
                                       or _LOTS_AWARDED.match(clause, verb.end - clause_start)
                                       or _CONCESSION_WON.match(clause, verb.end - clause_start)):
            named = True
        elif word in _FORMING_WORDS and _FORMED_VENTURE.match(clause, verb.end - clause_start):
            named = True  # "A and B formed the marketing venture last year": forming it makes the deal
        elif word in _ORDER_WORDS:
            # "has ordered six ore carriers at Qingdao Beihai", "placed orders for the ships with Samsung Heavy"
            ordered = _ORDER_PLACED if word == "placed" else _ORDERED_GOODS
            named = ordered.match(clause, verb.end - clause_start) is not None
        elif word in _REACH_WORDS:
            named = (_INDEFINITE_DEAL.search(clause, verb.start - clause_start) is not None
                     or any(m.end() == verb.end - clause_start for m in _RELATIVE_DEAL.finditer(clause))
                     or _BARE_AGREEMENT.match(clause, verb.end - clause_start) is not None)
        else:
            named = (has_money or _INDEFINITE_DEAL.search(clause, verb.start - clause_start) is not None
                     or _BARE_DEAL.match(clause, verb.end - clause_start) is not None
                     or _concludes_a_deal(clause, verb.start - clause_start, verb.end - clause_start)
                     or _DEAL_SUBJECT_PASSIVE.match(clause, 0, verb.start - clause_start) is not None)
        if named and article.unhedged(verb, sentence_start):
            yield verb


def _trend(verb: Hit, text: str) -> bool:
    """A deal verb that tells a trend, not one deal: an ongoing one ("state companies have been signing long-term
    contracts") or more deals of a kind ("pushed utilities to sign more contracts")."""
    return ((text.endswith("ing", verb.start, verb.end) and text.endswith("been ", max(0, verb.start - 5), verb.start))
            or _MORE_DEALS.match(text, verb.end) is not None)


def _verbs_outside_names(verbs: list[Hit], names: EnclosingSpans, text: str) -> Iterator[Hit]:
    """The verbs that are not part of a name ("Export" in "Export-Import Bank of the United States") and whose
    object is no letter of interest."""
    for verb in verbs:
        if not names.encloses(verb.start, verb.start + 1) and not _INTEREST_LETTER.match(text, verb.end):
            yield verb


def _modifies_noun_before(article: _Article, verb: Hit, clause_start: int) -> bool:
    """A past participle set off by a comma and followed by its adjunct modifies the noun before it: "a complex in
    Dire Dawa, first announced in 2016 at $3.7 billion", "an option to buy 24%, financed through a loan" (the clause's
    own verb, before the comma, tells what happens to it). With no verb before the comma the comma closes an aside
    and the verb is the clause's own: "Rio Tinto, the world's second-largest miner, completed on Thursday ...",
    unless its agent follows ("The reserve, announced by the Prime Minister, is ..." is passive)."""
    text = article.text
    before = _PARTICIPLE_BEFORE.search(text, max(clause_start, verb.start - 20), verb.start)
    if before is None or _PARTICIPLE_AFTER.match(text, verb.end) is None:
        return False
    if text.startswith(" by ", verb.end):
        return True  # "The A$1.2 billion reserve, announced by the Prime Minister, is ...": a passive's agent
    return (_FINITE_VERB.search(text, clause_start, before.start()) is not None
            or any((STRONG in w.kinds or WEAK in w.kinds) and text[w.start:w.end].lower() not in _OBJECT_WORDS
                   for w in article.words_in(clause_start, before.start())))


# What backs a company as a transaction, not as its owner: "backed by a loan from ...", "by a $40 million round".
_DEAL_AGENT = re.compile(r"\b(?:loans?|grants?|funding|financing|investments?|round|guarantees?|awards?|"
                         r"contributions?|facility|deal|agreement|bonds?|debt|placement)\b", re.I)


def _backer_described(article: _Article, verb: Hit, clause_start: int, clause_end: int) -> bool:
    """"is backed by private equity firm Varnock", ", backed by Varnock Capital,": a present state or an aside tells
    who owns or funds the company, no deal made. Money or a deal noun as the agent ("is backed by a $100 million
    loan from Varnock") and a past event ("was backed by Varnock in a $50 million round") stay deals."""
    text = article.text
    window = max(clause_start, verb.start - 30)
    if not text.startswith(" by ", verb.end) or not (_PRESENT_PASSIVE.search(text, window, verb.start)
                                                     or _PARTICIPLE_BEFORE.search(text, window, verb.start)):
        return False
    agent_end = _phrase_end(text, verb.end, clause_end)
    return not article.amounts_in(verb.end, agent_end) and _DEAL_AGENT.search(text, verb.end, agent_end) is None


def _phrase_end(text: str, start: int, clause_end: int) -> int:
    """Where the phrase from `start` ends: at the next comma, or the clause's end."""
    comma = text.find(",", start, clause_end)
    return clause_end if comma < 0 else comma


def _reduced_passive(text: str, verb: Hit, clause_end: int) -> bool:
    """A past participle straight after a noun, with its agent and then the clause's own verb, modifies the noun:
    "A consortium backed by the US government is in talks to buy ..." (no auxiliary: "was backed by" is the verb)."""
    return (text.startswith(" by ", verb.end) and _NOUN_BEFORE_PARTICIPLE.search(text, max(0, verb.start - 30),
                                                                               verb.start) is not None
            and _FINITE_VERB.search(text, verb.end + 4, clause_end) is not None)


def _pays_for_company(clause: str, clause_start: int, verb: Hit, article: _Article) -> bool:
    for_name = _FOR_NAME.match(clause, verb.end - clause_start)
    if for_name is None:
        return False
    named_at = clause_start + for_name.end()
    return any(o.kind == COMPANY and o.start == named_at for o in article.within(named_at, clause_start + len(clause)))


def _concludes_a_deal(clause: str, verb_start: int, after_verb: int) -> bool:
    """"closed its purchase of", "renewed its contract with", "announced the completion of its merger with",
    "completed their merger"; not "closed their joint venture in 2023" (shut it)."""
    completion = _COMPLETION_OF.match(clause, after_verb)
    at = completion.end() if completion else after_verb
    if _CONCLUDED_DEAL.match(clause, at) is not None:
        return True
    shared = _SHARED_DEAL.match(clause, at)
    return (shared is not None
            and not (shared["noun"] == "joint venture" and clause[verb_start:after_verb].lower() in _SHUTTING_WORDS))


def _is_agree(text: str, verb: Hit) -> bool:
    """"agree", "agreed", "agrees", "agreeing": the verb that may share a view instead of a deal."""
    return text[verb.start:verb.end].lower().startswith("agree")


def _habitual(verb: Hit, occurrences: list[Occurrence], trade_news: bool, text: str,
              asides: list[tuple[int, int]]) -> bool:
    """A present tense that tells what a party does, not a deal it made: any present-tense verb in an aside
    ("Trafigura, which also buys copper from Glencore, ..."), and, where a trade verb can tell a habit
    (`trade_news`: the body, no money), a present-tense trade verb whose object is goods or their lots
    ("Kogas buys LNG from QatarEnergy and Woodside": whom a buyer already trades with). `occurrences`: the
    clause's names outside its asides."""
    if _inside(verb.start, asides) and (text[verb.end - 1] == "s" or _plural_present(verb, text)):
        return True
    if text[verb.end - 1] != "s":
        return False
    if not trade_news or text[verb.start:verb.end].lower() not in _HABIT_VERBS:
        return False
    if (_CARGOES.match(text, verb.end) or _HABIT_ADVERB.match(text, verb.end)
            or _HABIT_ADVERB_BEFORE.search(text, max(0, verb.start - 16), verb.start)):
        return True
    return _buys_goods(verb, [o for o in occurrences if o.kind == COMMODITY], occurrences, text)


def _plural_present(verb: Hit, text: str) -> bool:
    """A base-form verb right after a relative pronoun, maybe past an adverb, is a plural present tense: "magnet
    makers, which mostly buy from China" ("which will buy" has an auxiliary between)."""
    return (text[verb.start:verb.end].lower() in _BASE_FORMS
            and _AFTER_RELATIVE.search(text, max(0, verb.start - _RELATIVE_REACH), verb.start) is not None)


def _parties(clause: str, clause_start: int, occurrences: list[Occurrence], article: _Article,
             verb_start: int | None = None) -> dict[tuple[str, str], int]:
    """(party_type, ref) -> first offset, for the countries and companies acting in the clause (whose verb
    starts at `verb_start`, when known)."""
    parties: dict[tuple[str, str], int] = {}
    companies = [o for o in occurrences if o.kind == COMPANY]
    site_list_end: int | None = None
    for occurrence in occurrences:
        if occurrence.kind == COMPANY:
            local_start = occurrence.start - clause_start
            if _FORMED_BEFORE.search(clause, max(0, local_start - 30), local_start):
                continue  # "merged to form Varnock Lithium": the company the deal makes, no side of it
            if not _parent_of_next(clause, clause_start, occurrence, companies):
                parties.setdefault(("company", occurrence.ref), occurrence.start)
            continue
        iso2 = _as_country(occurrence, article.government_country)
        if iso2 is None:
            if occurrence.kind == ORGANISATION and occurrence.ref in article.financiers:
                parties.setdefault(("company", occurrence.ref), occurrence.start)  # "a loan from the EIB"
            continue
        if _ISSUED_PAPER.match(clause, occurrence.end - clause_start):
            continue  # "invest the proceeds in U.S. Treasury securities": a state's paper is bought, no party
        if occurrence.kind == COUNTRY:
            if article.in_dateline(occurrence.start):
                continue  # "LONDON, Nov 3 (Reuters) -": the dateline
            local_start = occurrence.start - clause_start
            before = clause[max(0, local_start - 60):local_start]
            last_words = before.rstrip()  # the words just before the country, for the preposition tests
            if _OWNER_AFTER.match(clause, occurrence.end - clause_start):
                continue  # "the producer that its Abu Dhabi owner says ...": the owner's home, no side
            if before.endswith(("non-", "non–")):
                continue  # "investor appetite for non-Chinese supply": no country named as a side
            if _ORIGIN_BEFORE.search(before):
                continue  # "agreements to buy LNG produced in the United States": where the goods come from
            if last_words.endswith(_ROUTE_PREPOSITIONS) or (last_words.endswith(_ROUTE_END_BEFORE) and
                                                            _ROUTE_PLACE.match(clause, occurrence.end - clause_start)):
                continue  # "shipped through Georgia", "routed around Russia": a route, not a party
            if (clause.startswith(",", occurrence.end - clause_start) and _PLACE_OPENER.search(before)
                    and not _SETTING_GOVERNMENT.match(clause, occurrence.end - clause_start)):
                continue  # "In Chile, BYD signed ...": a setting
            if _modifies_asset(clause, occurrence, clause_start, article):
                continue  # "a Canadian copper project": where the asset is, not who deals
            if _in_place(clause, occurrence, clause_start, companies):
                continue  # "In Chile's Atacama, SQM signed ...", "in northern Chile": where, not who
            site = last_words.endswith(_SITE_PREPOSITIONS) and _SITE_BEFORE.search(before)
            if site or (site_list_end is not None and
                                               _LIST_GAP.fullmatch(clause[site_list_end - clause_start:local_start])):
                site_list_end = occurrence.end  # "mines in Australia, Ghana and Canada": all sites
                continue
            if _describes_company(clause, occurrence, clause_start, companies, article):
                continue
        parties.setdefault(("country", iso2), occurrence.start)
    if verb_start is not None:
        parties = _without_bystanders(parties, verb_start, occurrences, article)
    return parties


def _without_bystanders(parties: dict[tuple[str, str], int], verb_start: int, occurrences: list[Occurrence],
                        article: _Article) -> dict[tuple[str, str], int]:
    """Between companies, a country named after the verb is a site, a market, a nationality or the goods' origin
    ("buy Romanian wheat from Cargill"); a government acts as the subject ("Canada signed offtake deals with A and
    B"), through a body of the clause's `occurrences` ("the Pentagon") or named as one ("with the U.S.
    government")."""
    if sum(1 for kind, _ in parties if kind == "company") < 2:
        return parties
    acting = {("country", iso2) for o in occurrences
              if o.kind == ORGANISATION and (iso2 := article.government_country.get(o.ref))}
    acting |= {("country", o.ref) for o in occurrences
               if o.kind == COUNTRY and _government_object(article.text, o, verb_start)}
    return {p: at for p, at in parties.items() if p[0] == "company" or p in acting or at < verb_start}


def _government_object(text: str, country: Occurrence, verb_start: int) -> bool:
    """The verb's object introduces the country's government (see _GOVERNMENT_OBJECT_BEFORE)."""
    government = _GOVERNMENT_AFTER.match(text, country.end)
    if government is None:
        return False
    if _GOVERNMENT_OBJECT_BEFORE.search(text, max(0, country.start - 12), country.start):
        return _GOVERNMENT_OBJECT_BLOCK.search(text, verb_start, country.start) is None
    list_end = _GOVERNMENT_LIST_END_BEFORE.search(text, max(0, country.start - 12), country.start)
    government_end = government.end()
    return (list_end is not None and _GOVERNMENT_LIST_OPEN.search(text, verb_start, list_end.start()) is not None
            and _GOVERNMENT_LIST_BLOCK.search(text, verb_start, country.start) is None
            and _GOVERNMENT_LIST_AFTER.match(text, government_end) is not None
            and _FINITE_VERB.match(text, _GOVERNMENT_LIST_SKIP.match(text, government_end).end()) is None)


def _parent_of_next(clause: str, clause_start: int, company: Occurrence, companies: list[Occurrence]) -> bool:
    """"ADNOC's investment arm XRG agreed ...": the owner that introduces the company acting is no party."""
    link = _PARENT_LINK.match(clause, company.end - clause_start)
    return link is not None and any(c.start == clause_start + link.end() for c in companies)


def _in_place(clause: str, country: Occurrence, clause_start: int, companies: list[Occurrence]) -> bool:
    """The country is the setting of the clause's opening locative phrase: a region of it ("In northern Chile,
    ...") or a place it possesses ("In Chile's Atacama, ..."); "a stake in Chile's SQM" names a company's
    nationality instead."""
    local_start = country.start - clause_start
    window = max(0, local_start - _SETTING_REACH)  # searched with pos: "^" is the clause's start only
    if _REGION_OF.search(clause, window, local_start):
        return True
    place = _PLACE_OF_COUNTRY.match(clause, country.end - clause_start)
    return (place is not None and bool(_AT_PLACE.search(clause, window, local_start))
            and not any(c.start == clause_start + place.start("named") for c in companies))


def _modifies_asset(clause: str, country: Occurrence, clause_start: int, article: _Article) -> bool:
    """The country names where an asset is ("a Canadian copper project")."""
    asset = _MODIFIES_ASSET.match(clause, country.end - clause_start)
    return asset is not None and not _verb_between(article, country.end, clause_start + asset.end())


def _verb_between(article: _Article, start: int, end: int) -> bool:
    """A deal verb between a country and the noun it seems to modify makes the country the verb's subject:
    "Bolivia signs lithium plant contracts", "Chile signs copper smelter deals"."""
    return any(STRONG in w.kinds or WEAK in w.kinds for w in article.words_in(start, end))


def _describes_company(clause: str, country: Occurrence, clause_start: int, companies: list[Occurrence],
                       article: _Article) -> bool:
    """"Korean shipbuilder Hanwha Ocean", "China's CMOC", "U.S.-based Livent", "the Malaysian state energy
    firm": a nationality, not a party."""
    after = clause[country.end - clause_start:]
    if after.startswith(("-focused", "-focussed")):
        return True  # "Brazil-focused Aurora Minerals": where the company works
    described = _DESCRIBED_COMPANY.match(after)
    if described and not _verb_between(article, country.end, country.end + described.end()):
        unnamed = after[described.end():]
        return not (_stands_for_unnamed(clause[:country.start - clause_start], unnamed)
                    or _possesses_unnamed(after, unnamed, country.ref, article.homes))
    following = [c for c in companies if c.start >= country.end]
    if not following:
        return False
    members = _NAMED_MEMBERS.match(after)
    if members and following[0].start == country.end + members.end():
        return True  # "loans arranged with U.S. lenders led by JPMorgan": the nationality of the named lenders
    return nationality_of(clause[country.end - clause_start:following[0].start - clause_start])


def _possesses_unnamed(after: str, unnamed: str, iso2: str, homes: dict[str, str]) -> bool:
    """"sold shares to Qatar's sovereign wealth fund": a body of the country the article never names stands for
    it; "Chile's state miner" in an article that names Codelco is that company's nationality."""
    return (after.startswith(("'s", "’s")) and not _NAME_NEXT.match(unnamed)
            and iso2 not in homes.values())


def _stands_for_unnamed(before: str, after: str) -> bool:
    """"An Indian refiner signed ...", "a Chinese state-backed fund agreed ...": the article names no company,
    so the country is the only party it gives."""
    return bool(_INDEFINITE_ARTICLE.search(before)) and not _NAME_NEXT.match(after)


def nationality_of(gap: str) -> bool:
    """Whether the text between a country and a company makes the country the company's nationality:
    "'s " (China's CMOC), "-based " (U.S.-based Livent), " shipbuilder " (Korean shipbuilder Hanwha)."""
    return len(gap) <= 40 and bool(_ATTRIBUTE_GAP.match(gap))


def _fill_from_context(clause: str, clause_start: int, parties: dict[tuple[str, str], int], article: _Article,
                       named: bool, money: list[ParsedAmount]) -> dict[tuple[str, str], int]:
    """Parties the clause names only through the article: "the company", "the government" (also the one that
    funds a company receiving government `money`), and the owner of the article's subject in "will invest $900
    million in the project" when the clause names one party and states money or a new deal (`named`)."""
    filled = dict(parties)
    has = clause.__contains__  # each pattern below needs one of its nouns in the clause
    anaphor = _COMPANY_ANAPHOR.search(clause)  # (it finds its "the" faster than a test of its nouns would)
    if anaphor and not _follows_share_move(clause, anaphor.start()):
        referent = _referent(clause_start + anaphor.start(), clause_start + anaphor.end(), article)
        if referent:
            filled.setdefault(referent, clause_start + anaphor.start())
    if any(map(has, _GOVERNMENT_NOUNS)) and article.protagonist_country:  # the protagonist is read when needed
        government = _GOVERNMENT_ANAPHOR.search(clause)
        if government and not (_SETTING_GOVERNMENT.match(clause, max(0, clause.rfind(",", 0, government.start())))
                               and any(kind == "country" and at < clause_start + government.start()
                                       for (kind, _), at in parties.items())):
            filled.setdefault(("country", article.protagonist_country), 0)
    only_company = len(filled) == 1 and next(iter(filled))[0] == "company"
    if only_company and article.government_article and _FUNDING_RECEIPT.search(clause):
        funder = _funding_government(clause, next(iter(filled))[1], money, article)
        if funder:
            filled.setdefault(("country", funder), 0)
    if len(filled) == 1 and next(iter(filled))[0] == "company" and has("stake") and (
            held := _stake_held_before(clause, clause_start, next(iter(filled))[1], article)):
        filled.setdefault(("company", held), len(clause))
    if (len(filled) == 1 and named and any(map(has, _SUBJECT_NOUNS)) and article.protagonist_company
            and _ARTICLE_SUBJECT.search(clause)):
        # "X will take the plant's output": the other side is whoever owns the article's subject, its
        # protagonist; when X is the protagonist, a share of the asset comes from the article's other company.
        owner: str | None = article.protagonist_company
        if next(iter(filled)) == ("company", owner):
            owner = article.counterpart if _SHARE_OF_ASSET.search(clause) else None
        if owner:
            filled.setdefault(("company", owner), len(clause))
    return filled


def _stake_held_before(clause: str, clause_start: int, buyer: str, article: _Article) -> str | None:
    """The company a stake named without its holder is in: the one a stake was bought in just before. "A invested
    $69 million in C for a 9.9% stake. B bought a 4.9% stake for $109 million the same year": B's stake is in C."""
    stake = _UNHELD_STAKE.search(clause)
    if stake is None:
        return None
    index = bisect_left(article.sentence_starts, clause_start + 1) - 1
    start = article.sentence_starts[max(0, index - _STAKE_REACH + 1)] if index > 0 else clause_start
    held = [o.ref for o in article.within(start, clause_start + stake.start()) if o.kind == COMPANY
            and o.ref != buyer and _STAKE_IN_BEFORE.search(article.text, max(start, o.start - 60), o.start)]
    return held[-1] if held else None


def _funding_government(clause: str, company: str, money: list[ParsedAmount], article: _Article) -> str | None:
    """The government that gives a company money: its home's when the money is in the home's currency (an
    Australian miner's "A$1.65 billion government loan" in an article about Japan) or the clause says "its home
    government", else the article's own ("India backs battery plants ... South Korea's LG Energy Solution
    received a government grant of Rs 500 crore"; "Ottawa ... Rio Tinto will receive C$25 million")."""
    home = article.homes.get(company)
    paid_in = {a.unit[:2] for a in money if a.unit}  # ISO 4217: a national currency's code opens with its country
    if home and (home in paid_in or _HOME_GOVERNMENT.search(clause)):
        return home
    return article.protagonist_country


def _with_pair(clause: str, clause_start: int, trigger: Hit, sentence: Sentence, parties: dict[tuple[str, str], int],
               article: _Article) -> dict[tuple[str, str], int]:
    """The deal of "the two companies" is theirs and that of whom they deal "with"; other names of the clause say
    what it is about ("will form a venture to hold Filo del Sol")."""
    pair = _pair(clause, clause_start, trigger, sentence, article)
    if not pair:
        return parties
    with_at = clause.find(" with ", trigger.end - clause_start)
    partners = {p: at for p, at in parties.items() if with_at >= 0 and at > clause_start + with_at}
    return {**pair, **partners}


def _pair(clause: str, clause_start: int, trigger: Hit, sentence: Sentence,
          article: _Article) -> dict[tuple[str, str], int]:
    """The two companies (or countries) "the two companies" (or "both governments") before the deal's verb
    stand for: those of the nearest sentence before that names two outside its asides; of one that names more,
    the two named before its verb ("BHP and Lundin agreed to buy Filo"), else none: "A, B and C met in Perth"
    leaves open which two."""
    anaphor = _PAIR_ANAPHOR.search(clause, 0, trigger.start - clause_start)
    if anaphor is None:
        return {}
    states = anaphor.group("states") is not None
    index = bisect_left(article.sentence_starts, sentence.start)
    for previous in reversed(article.sentences[max(0, index - _PAIR_REACH):index]):
        named: dict[tuple[str, str], int] = {}
        asides = _asides(previous.text, previous.start)
        for o in article.within(previous.start, previous.end):
            if _inside(o.start, asides):
                continue
            if states and (iso2 := _as_country(o, article.government_country)):
                named.setdefault(("country", iso2), clause_start + anaphor.start())
            elif not states and o.kind == COMPANY:
                named.setdefault(("company", o.ref), clause_start + anaphor.start())
        if len(named) > 2:
            verb = _FINITE_VERB.search(previous.text)
            named = {p: at for p, at in named.items() if verb and _subject_of(p, previous, verb.start(), article)}
            if len(named) == 2:
                return named
            break
        if len(named) == 2:
            return named
    # "Separately, the two governments signed ..." after a summit of many: the two states of the headline
    if not states:
        return {}
    named_before = {("country", iso2) for o in article.within(article.title_end, sentence.start)
                    if (iso2 := _as_country(o, article.government_country))}
    headline = _headline_states(article)
    return {party: clause_start + anaphor.start() for party in headline} if set(headline) <= named_before else {}


def _headline_states(article: _Article) -> list[tuple[str, str]]:
    """The two countries the headline names, if it names two."""
    named = dict.fromkeys(("country", iso2) for sentence in article.sentences if sentence.section == "title"
                          for o in article.within(sentence.start, sentence.end)
                          if (iso2 := _as_country(o, article.government_country)))
    return list(named) if len(named) == 2 else []


def _subject_of(party: tuple[str, str], sentence: Sentence, verb_at: int, article: _Article) -> bool:
    """Whether the sentence names the party before its first finite verb."""
    return any(o.ref == party[1] for o in article.within(sentence.start, sentence.start + verb_at))


def _pronoun_subject(clause_start: int, verb_start: int, sentence: Sentence,
                     article: _Article) -> tuple[str, str] | None:
    """The party "it" stands for when it opens the sentence's first clause as the subject of its verb."""
    if clause_start != sentence.start or article.within(clause_start, verb_start):
        return None
    if _PRONOUN_SUBJECT.match(article.text, clause_start, verb_start) is None:
        return None
    return _previous_sentence_subject(sentence, article)


def _previous_sentence_subject(sentence: Sentence, article: _Article) -> tuple[str, str] | None:
    """Whom "it" opening a sentence means: the party named last before the first verb of the sentence before
    ("ADNOC's international arm XRG has become a big buyer. In October it agreed to buy Covestro"), or of the one
    before that when the sentence before opens with no party ("A signed a prepayment with B. Repayments will be
    made in copper. It also agreed to buy cobalt from C")."""
    index = bisect_left(article.sentence_starts, sentence.start)
    if index == 0 or index == len(article.sentence_starts) or article.sentence_starts[index] != sentence.start:
        return None
    for previous in reversed(article.sentences[max(0, index - _PRONOUN_REACH):index]):
        if previous.section != sentence.section:
            return None
        verb = _FINITE_VERB.search(previous.text)
        if verb is None:
            return None
        if verb.group().strip() in _MOVE_WORDS or previous.text.startswith(("Shares ", "Stock ")):
            continue  # "Shares of Talbrin fell 3%": a market move, no subject of the deal told next
        # "The agency, which ..., signed a contract with A. It also agreed to buy ... from B": whom that sentence's
        # "the agency" means ("The Anglo-Australian miner bought ...": the miner, not its nationality)
        if referent := _opening_referent(previous.text, previous.start, article):
            return referent
        head_end = previous.start + verb.start()
        parties = _parties(previous.text[:verb.start()], previous.start, article.within(previous.start, head_end),
                           article)
        if parties:
            return max(parties, key=parties.__getitem__)
        if acting := _sole_acting_company(previous, article):
            return acting
    return None


def _sole_acting_company(sentence: Sentence, article: _Article) -> tuple[str, str] | None:
    """The one company a sentence about a thing names as the subject of a later verb: "The sale is the second
    deal MinCo has struck this year. In July it sold ..." means MinCo (not "cathode from MinCo's mines")."""
    companies = {o.ref for o in article.within(sentence.start, sentence.end) if o.kind == COMPANY}
    if len(companies) != 1:
        return None
    # a company someone else reports on is no actor of the next sentence: "The ministry said A had missed a
    # deadline. It then awarded the licence to B" is the ministry's award
    return next((("company", o.ref) for o in article.within(sentence.start, sentence.end)
                 if o.kind == COMPANY and _FINITE_VERB.match(article.text, o.end)
                 and not _REPORTED_THAT.search(article.text, sentence.start, o.start)), None)


_REPORTED_THAT = re.compile(rf"\b(?:{_REPORTING_VERBS}|ruled|found|announced)\b(?:\s+that\b)?")


def _opening_referent(clause: str, clause_start: int, article: _Article) -> tuple[str, str] | None:
    """The party a clause's opening "the company" (or "the agency", "the fund" ...) means, if it opens so."""
    anaphor = _COMPANY_ANAPHOR.match(clause)
    return _referent(clause_start, clause_start + anaphor.end(), article) if anaphor else None


def _follows_share_move(clause: str, at: int) -> bool:
    """Whether `at` opens the deal a share move was told around: "IGO climbed 6.7% after the Perth-based
    company agreed to sell ..." means the mover, which the clause names already."""
    return any(move.end() == at for move in _SHARE_MOVE.finditer(clause, 0, at))


def _referent(start: int, end: int, article: _Article) -> tuple[str, str] | None:
    """The party "the company" means: the protagonist, or for "the Malaysian state energy firm" the
    article's first company from that country, or for "the developer" the company the article introduced
    as one ("potash developer Brazil Potash", "Arvo, a copper developer,"), or for "the fund" the last body
    named a fund ("National Wealth Fund", which stands for its country)."""
    nationality = next((o.ref for o in article.within(start, end) if o.kind == COUNTRY), None)
    if nationality:
        # "Chevron's position is new. The U.S. major completed ...": the company the sentence before opens with,
        # when it is of that nationality, over the article's first one
        previous = _previous_subject(start, article)
        if previous is not None and article.homes.get(previous) == nationality:
            return "company", previous
        same = [o.ref for o in article.occurrences if o.kind == COMPANY and o.home_iso2 == nationality]
        if same:
            return "company", same[0]
    noun = article.text[start:end].rsplit(None, 1)[-1]
    if noun in _NAMED_BY and (named := article.last_named_with(_NAMED_BY[noun], start)):
        return named
    if noun not in ("company", "group"):  # said of every company
        introduced = article.first_introduced_as(noun)
        if introduced is not None and introduced.start < start:
            return "company", introduced.ref
    if noun in _LENDER_NOUNS:
        # "The bank agreed to lend ..." after a miner's news: no bank named, none guessed (the article's company
        # is the borrower more often than the lender); "the agency" may be the state buyer the article is about
        return None
    company = _previous_subject(start, article) or article.protagonist_company
    return ("company", company) if company else None


def _party_of(occurrence: Occurrence, article: _Article) -> tuple[str, str] | None:
    """The deal party a company or body is: a government body stands for its country, a financier deals as a
    company, another body is none."""
    if occurrence.kind == COMPANY:
        return "company", occurrence.ref
    iso2 = _as_country(occurrence, article.government_country)
    if iso2:
        return "country", iso2
    if occurrence.kind == ORGANISATION and occurrence.ref in article.financiers:
        return "company", occurrence.ref
    return None


_TOPIC_LEAD = re.compile(r"(?:For|As for|At|Like|Unlike|Meanwhile,)\s+")


def _previous_subject(start: int, article: _Article) -> str | None:
    """A sentence that opens with "The company" goes on about the company that opened the sentence before:
    "Exxon said it respected the ruling. The Texas-based company completed its own purchase of Pioneer"; a
    clause after a semicolon, about the company that opened its sentence: "Iluka added 1.2%; the miner received
    a government loan"."""
    index = bisect_left(article.sentence_starts, start)
    if index < len(article.sentence_starts) and article.sentence_starts[index] == start:
        previous = article.sentence_starts[index - 1] if index else None
    else:
        previous = article.sentence_starts[index - 1] if index and article.text.startswith("; ", start - 2) else None
    if previous is None:
        return None
    opening = next((o for o in article.within(previous, start) if o.kind != COMMODITY), None)
    if opening is None or opening.kind != COMPANY:
        return None
    # "For Rio Tinto, the mine adds to its portfolio. The company ...": a short lead keeps the company the topic
    return opening.ref if (opening.start == previous
                           or _TOPIC_LEAD.fullmatch(article.text, previous, opening.start)) else None


@lru_cache(maxsize=64)
def _introductions(noun: str) -> tuple[re.Pattern, re.Pattern]:
    """How an article introduces a company as a `noun`: before its name ("potash developer Brazil Potash")
    or in an apposition after it ("Arvo, a copper developer,")."""
    return (re.compile(rf"\s{noun}\s+$"), re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{noun}\b"))


def _sources_alone(trigger: Hit, parties: dict[tuple[str, str], int], occurrences: list[Occurrence],
                   article: _Article) -> bool:
    """"Another $1 billion of equity came from A and B": the money's sources, with no recipient before the verb
    nor one that tells it ("..., C said"), make no deal among themselves."""
    if article.text[trigger.start:trigger.end].lower() not in _SOURCE_WORDS:
        return False
    if any(at < trigger.start for at in parties.values()):
        return False
    refs = {ref for _, ref in parties}
    return not any(_SAYS_AFTER.match(article.text, o.end) for o in occurrences if o.ref in refs)


def _headline_borrower(clause: str, clause_start: int, trigger: Hit, parties: dict[tuple[str, str], int],
                       article: _Article) -> tuple[str, str] | None:
    """Who receives the money of a clause that names only lenders: "The EIB is providing a €500 million loan", "A
    further €1.2 billion of debt comes from banks led by A and B" tell the financing of the company the headline is
    about. Lenders are financiers, governments or the banks the clause names as such; none is named after the verb
    but as a source ("from", "by"), and two of them are no subject."""
    if not parties or not any(map(clause.__contains__, _LENDING_HINTS)):
        return None
    if len(parties) > 1 and any(at < trigger.start for at in parties.values()):
        return None  # "Germany and Mali signed an agreement backed by $300 million": the parties dealt together
    company = article.headline_company
    if company is None or ("company", company) in parties:
        return None
    title = article.lowered[:article.title_end]
    if not _HEADLINE_FINANCING.search(title) or _OWN_PURPOSE.search(clause, trigger.end - clause_start):
        return None
    banks_named = _LENDERS_NAMED.search(clause) is not None
    for (kind, ref), at in parties.items():
        if not (kind == "country" or ref in article.financiers or banks_named):
            return None
        if at > trigger.end and not _AS_SOURCE.search(article.text, trigger.end, at):
            return None
    return "company", company


def _raises_capital(clause: str, parties: dict[tuple[str, str], int], has_money: bool) -> bool:
    """A capital raise is a deal of one company with unnamed investors: "Lynas raised A$750 million in a
    share placement"."""
    return (has_money and len(parties) == 1 and next(iter(parties))[0] == "company"
            and bool(_CAPITAL_RAISE.search(clause)))


def _one_per_buyer(base: DealCandidate, clause: str, clause_start: int, trigger: Hit,
                   parties: dict[tuple[str, str], int], goods: list[Occurrence], sentence: Sentence,
                   article: _Article, companies_only: bool = False) -> list[DealCandidate]:
    """"signed offtakes with A and with B": one deal with A, one with B; "with A for graphite, and with B for
    scandium": each buyer's deal trades the goods named in its own part (`goods`: the clause's commodities);
    "bought cargoes from A and B": one deal with each seller. A clause that names no party before the list
    deals with the agent a passive names after it ("contracts were signed with A and B by C"); naming no other
    party at all ("Offtakes have been signed with A and B"), it tells the deals of the article's protagonist
    company when the text around names it (`_nearby_protagonist` of `sentence`, read only then), and none when
    the protagonist is one of the buyers.
    `companies_only`: only when the buyers are named companies ("agreements with Chinese and Australian
    miners" is one deal of three countries)."""
    verb_end = trigger.end - clause_start
    opener = " with "
    purchase = clause[trigger.start - clause_start:verb_end].lower() in _PURCHASE_WORDS
    with_at = clause.find(opener, verb_end)
    if purchase:
        from_at = clause.find(" from ", verb_end)
        if from_at >= 0 and not 0 <= with_at < from_at:
            # "will buy 1.5 million tonnes from A and 1.8 million from B, with deliveries ..."
            opener, with_at = " from ", from_at
    elif (with_at < 0 and (supplied := _SUPPLIED_TO.search(clause, verb_end))
          and _PLURAL_DEAL_NOUN.search(clause, trigger.start - clause_start, supplied.start())):
        # "contracts to supply uranium to A and B" ("a deal to sell its copper to A and B" is one deal)
        opener, with_at = " to ", supplied.end()
    if with_at < 0:
        return [base]
    starts = [with_at]  # "with A for graphite, and with B for scandium": each "with" opens a list of buyers
    while (following := clause.find(opener, starts[-1] + len(opener))) >= 0:
        starts.append(following)
    by_offset = sorted(parties.items(), key=lambda item: item[1])
    buyers: dict[tuple[str, str], tuple[str, ...]] = {}  # buyer -> the goods of its part
    owners: dict[tuple[str, str], tuple[str, str]] = {}  # "Sempra's Port Arthur LNG": the owned one -> its owner
    previous: tuple[tuple[str, str], int] | None = None
    agents: set[tuple[str, str]] = set()  # "by C" after a list: who signed with its buyers
    for index, list_start in enumerate(starts):
        limit = starts[index + 1] if index + 1 < len(starts) else len(clause)
        list_end = _WITH_LIST_END.search(clause, list_start + len(opener) - 1, limit)
        stop = clause_start + (list_end.start() if list_end else limit)
        passive = list_end is not None and clause.startswith(" by ", list_end.start())
        part = tuple(dict.fromkeys(o.ref for o in goods
                                   if clause_start + list_start <= o.start < clause_start + limit))
        for party, at in by_offset:
            if clause_start + list_start <= at < stop:
                if previous and _POSSESSOR_GAP.fullmatch(clause, previous[1] - clause_start, at - clause_start):
                    owners[party] = owners.get(previous[0], previous[0])
                else:
                    buyers.setdefault(party, part or base.commodities)
                previous = (party, at)
            elif passive and stop <= at < clause_start + limit and not agents:
                agents.add(party)
    sellers = {p for p, at in parties.items() if at < clause_start + with_at} or agents
    unlisted = set(parties) - set(buyers) - set(owners)
    if not sellers and not unlisted:
        protagonist = _nearby_protagonist(sentence, article)
        if protagonist and ("company", protagonist) not in buyers:
            sellers = {("company", protagonist)}
    if (len(buyers) == 1 and _TOLD_PLURAL_DEALS.search(clause) and _all_companies(sellers, 2)
            and _listed_together(sellers, parties, article)):
        # "A, B and C signed the agreements with D": each signer's own agreement with D
        return [replace(base, parties=_ordered({seller: 0, **{buyer: 1 for buyer in buyers}}))
                for seller in sorted(sellers, key=parties.__getitem__)]
    if len(buyers) < 2 or (companies_only and any(kind != "company" for kind, _ in buyers)):
        return [base]
    if not sellers:
        return []  # the buyers each deal with a party the article does not name, not with each other
    return [replace(base, parties=_ordered({**{s: 0 for s in sellers}, buyer: 1,
                                            **{owned: 1 for owned, owner in owners.items() if owner == buyer}}),
                    commodities=part)
            for buyer, part in buyers.items()]


def _all_companies(parties: set[tuple[str, str]], least: int) -> bool:
    """At least `least` parties, all of them companies."""
    return len(parties) >= least and all(kind == "company" for kind, _ in parties)


def _listed_together(named: set[tuple[str, str]], parties: dict[tuple[str, str], int], article: _Article) -> bool:
    """The parties are named in one list ("A Ltd (AL), B and Mumbai-based C"), not across clauses ("A keeps
    control until 2030, and B takes over")."""
    starts = sorted(parties[party] for party in named)
    ends = {o.start: o.end for o in article.within(starts[0], starts[-1] + 1)}
    return all(_NAME_LIST_GAP.fullmatch(article.text, ends[start], following) is not None
               for start, following in zip(starts, starts[1:]))


def _nearby_protagonist(sentence: Sentence, article: _Article) -> str | None:
    """The article's protagonist company when this sentence or the one before names it: a list of buyers with
    no seller ("Offtakes have been signed with A and B") goes on about the company just told of, not one the
    article left paragraphs ago."""
    index = bisect_left(article.sentence_starts, sentence.start)
    start = article.sentence_starts[index - 1] if index else sentence.start
    protagonist = article.protagonist_company
    named = any(o.kind == COMPANY and o.ref == protagonist for o in article.within(start, sentence.end))
    return protagonist if named else None


def _ordered(parties: dict[tuple[str, str], int]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(parties))


def _deal_type(start: int, end: int, occurrences: list[Occurrence], article: _Article,
               asides: list[tuple[int, int]]) -> str:
    """The kind of the first deal word of the clause outside entity names and asides ("jointly acquire ...
    and form a joint venture" is an acquisition; "Venture Global" is no venture)."""
    names = [(o.start, o.end) for o in occurrences if o.kind != COMMODITY] + asides
    goods = [o for o in occurrences if o.kind == COMMODITY]
    for word in article.words_in(start, end, TYPE):
        if not any(s < word.end and word.start < e for s, e in names):
            kind = min((label.ref for label in word.labels if label.kind == TYPE), key=DEAL_TYPES.index)
            if kind == "financing" and _AWARDED_WORK.match(article.text, word.end):
                continue
            if kind == "offtake" and _access_without_goods(word, occurrences, article.text):
                continue
            if kind == "acquisition" and _MINORITY_STAKE.match(article.text, word.end):
                return "equity_investment"
            if kind == "acquisition" and (_buys_goods(word, goods, occurrences, article.text)
                                          or _buys_quantity(word, occurrences, article)):
                return "supply"  # "to buy spodumene concentrate": a purchase of goods, not of a company
            return kind
    return "agreement"


def _access_without_goods(word: Hit, occurrences: list[Occurrence], text: str) -> bool:
    """An access phrase that names no company's offtake: "Tesla gained exclusive access to lithium" is one, while
    "exporters will gain preferential access to the Indian market for coal" and "Chinese buyers secured access to
    Zambian copper" (no company) tell trade policy."""
    if not text.endswith(" access to", word.start, word.end):
        return False
    if not any(o.kind == COMPANY for o in occurrences):
        return True
    return not any(o.kind == COMMODITY and _ACCESS_GAP.fullmatch(text, word.end, o.start)
                   and not _NOT_GOODS_AFTER.match(text, o.end) for o in occurrences)


def _buys_goods(word: Hit, goods: list[Occurrence], occurrences: list[Occurrence], text: str) -> bool:
    """A commodity is the object of the purchase word: close after it, no company's name between them
    ("buy Teck Resources' coal unit") and not naming a business ("sold its nickel business")."""
    for good in goods:
        if 0 <= good.start - word.end <= _GOODS_REACH:
            owned = any(word.end <= o.start and o.end <= good.start for o in occurrences
                        if o.kind == COMPANY or o.kind == ORGANISATION)
            return not owned and not _BUSINESS_AFTER.match(text, good.end)
    return False


def _buys_quantity(word: Hit, occurrences: list[Occurrence], article: _Article) -> bool:
    """The purchase word's object is a quantity of goods, bought by or from a company: "will buy about 1.5 million
    tonnes a year from A" ("Japan bought 30 million tonnes in 2023" is a country's trade, told as before)."""
    return any(o.kind == COMPANY for o in occurrences) and any(
        a.kind == "quantity" and _QUANTITY_GAP.fullmatch(article.text, word.end, a.start)
        for a in article.amounts_in(word.end, word.end + _GOODS_REACH))


def _years(match: re.Match) -> float:
    token = (match.group(1) or match.group(2)).lower()
    return float(_WORD_YEARS.get(token) or int(token))


def _restates(deal: DealCandidate, other: DealCandidate, homes: dict[str, str]) -> bool:
    """A headline or standfirst deal that shares its parties with a deal already kept; a country there may
    stand for a company of the kept deal ("Morocco's Atlas and India's Deccan agree ...")."""
    theirs = set(other.parties) | {("country", homes[ref]) for kind, ref in other.parties
                                   if kind == "company" and ref in homes}
    shared = len(set(deal.parties) & theirs)
    if shared >= min(2, len(deal.parties)):
        return True
    # "Reliance buys Nigerian crude" over "Reliance bought Nigerian crude from Vitol": a headline names the
    # body's company and, for its partner, only a country (the goods' origin, a nationality); about the same
    # business, else it is another deal of that company ("Zambia signs copper deal with Glencore" over
    # "Glencore agreed to sell cobalt to Trafigura")
    companies = {p for p in deal.parties if p[0] == "company"}
    return bool(companies) and companies <= theirs and _same_business(deal, other)


def _same_business(deal: DealCandidate, other: DealCandidate) -> bool:
    """Two deals trade the same goods or, when one names none, are of the same type."""
    if deal.commodities and other.commodities:
        return not set(deal.commodities).isdisjoint(other.commodities)
    return deal.deal_type == other.deal_type


def _same_transaction(deal: DealCandidate, other: DealCandidate) -> bool:
    """Two tellings of one transaction: the same money (same currency, within 1%), the same kind of deal (or
    one told only as an agreement), the companies of one among those of the other, one at least, and so its
    countries ("Pohjola secures €1.15bn from EIB-led lenders" and "Pohjola has signed a €1.15bn debt financing
    package"). "A puts $100m into B" and "A puts $100m into C", "A invests $100m in Zambia" and "A buys a stake
    in B for $100m" are two, and so are two deals that state no money."""
    if not _same_money(deal, other):
        return False
    kinds = (_family(deal), _family(other))
    if kinds[0] != kinds[1] and "agreement" not in kinds:
        return False
    mine, theirs = _split_parties(deal), _split_parties(other)
    return (not mine[0].isdisjoint(theirs[0]) and (mine[0] <= theirs[0] or theirs[0] <= mine[0])
            and (mine[1] <= theirs[1] or theirs[1] <= mine[1]))


def _same_money_and_side(deal: DealCandidate, other: DealCandidate) -> bool:
    """A headline's deal of the body's money and kind, with a side of it: "The miner signs a $1bn prepayment with
    Jiangxi Copper" over the body's "First Quantum agreed a $1 billion copper prepayment with Jiangxi Copper",
    whoever the headline's "the miner" was taken for."""
    return (_same_money(deal, other) and _family(deal) == _family(other)
            and not set(deal.parties).isdisjoint(other.parties))


def _same_money(deal: DealCandidate, other: DealCandidate) -> bool:
    """Both state a value, in the same currency, within 1 %."""
    return (deal.value is not None and other.value is not None and deal.currency == other.currency
            and not _values_differ(deal, other))


def _values_differ(deal: DealCandidate, other: DealCandidate) -> bool:
    """Both state a value and they differ by more than 1 % of `other`'s."""
    return (deal.value is not None and other.value is not None
            and abs(deal.value - other.value) > 0.01 * other.value)


# Kinds of deal that news tells of one transaction in turn: "a $1bn loan" and "$1bn of debt financing", "will take a
# 10% stake in A" and "will invest $35 million in A".
_KIND_FAMILY = {"loan": "debt", "financing": "debt", "equity_investment": "equity", "investment": "equity"}


def _tells_terms(deal: DealCandidate) -> bool:
    """The deal's sentence opens with the deal it is under: "Under the terms, ...", "As part of the agreement, ..."."""
    text = deal.sentence.text
    return any(map(text.__contains__, _UNDER_HINTS)) and _UNDER_OPENING.match(text) is not None


def _family(deal: DealCandidate) -> str:
    return _KIND_FAMILY.get(deal.deal_type, deal.deal_type)


def _split_parties(deal: DealCandidate) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """A deal's companies and its countries."""
    companies = {p for p in deal.parties if p[0] == "company"}
    return companies, set(deal.parties) - companies


def _merge(deals: list[DealCandidate]) -> list[DealCandidate]:
    """Join body sentences that report the same deal again: same type, nested parties, same value; or the same
    transaction told with other parties (`_same_transaction`)."""
    merged: list[DealCandidate] = []
    merged_parties: list[frozenset[tuple[str, str]]] = []  # each kept deal's parties, built once
    for deal in deals:
        mine = frozenset(deal.parties)
        terms = _tells_terms(deal)
        for index, kept in enumerate(merged):
            theirs = merged_parties[index]
            if (terms and len(mine & theirs) >= 2 and _kinds_agree(deal, kept) and not _values_differ(deal, kept)
                    and (_family(deal) != "debt" or _family(kept) == "debt")):
                # "Under the terms, Rio will acquire a 49.99% stake in the venture company": the deal told before (a
                # loan made under it, "Under the terms, A will lend B $50 million", or money of another value is
                # one of its own)
                merged[index] = replace(kept, value=kept.value if kept.value is not None else deal.value,
                                        currency=kept.currency if kept.value is not None else deal.currency)
                break
            if not _same_transaction(deal, kept):
                if _family(kept) != _family(deal) or not (mine <= theirs or theirs <= mine):
                    continue
                if _values_differ(deal, kept):
                    continue
            merged[index] = replace(kept, parties=tuple(sorted(mine | theirs)),
                                    value=kept.value if kept.value is not None else deal.value,
                                    currency=kept.currency if kept.value is not None else deal.currency,
                                    commodities=tuple(dict.fromkeys(kept.commodities + deal.commodities)))
            merged_parties[index] = mine | theirs
            break
        else:
            merged.append(deal)
            merged_parties.append(mine)
    return merged

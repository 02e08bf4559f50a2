"""Page furniture: the lines and blocks of a news page that are not the story.

Shared by the page-scrape and HTML readers. Three kinds:

- furniture lines, dropped wherever they stand: "Advertisement", "Share this article", cookie
  banners, navigation bars ("Markets | Mining | Data"), market tickers ("Brent $77.90 | Gold $2,331 |
  ..."), rows of bracketed link labels ("[Log in] [Free trial]", also beside the site's search box: "Search...
  [Log in]") or of account links ("Search Sign in Subscribe"), paywall prompts (also several run together on one
  line, between full stops or dashes), plugs closing in a call to sign up
  ("... every Sunday - sign up free", "... [Sign up]"), tag lists, copyright footers, wire credits
  ("(Reporting by ...)"); longer, only a bar of many items, a ticker, a footer with a copyright year or a
  plug closing in a call to sign up;
- end trailers ("Related News", "Most read", "More from X", "Recommended", "Notes"): they
  list other stories, so the story ends there and everything after is cut;
- reading boxes ("Read more:", "See also", "More analysis") that sit inside a story: the box is dropped
  and the story resumes after it when prose follows, otherwise it ends there like a trailer.
"""
from __future__ import annotations

import functools
import re
from enum import Enum

# Between the items of a navigation bar or a breadcrumb ("Oil & Gas / Deals", "Home › Energy"); a slash
# counts only with spaces around it, as "U.S./China" is one item.
_SEPARATOR = re.compile(r"\s+[·•»›>/]\s+|\s*\|\s*")
_SEPARATOR_CHARS = "·•»›>/|"  # a line holding none of them has no separator: most lines, told apart cheaply
TERMINAL = tuple('.!?:;"”’)…')  # how a sentence, or a quotation closing one, ends
# An account link opening a bar's item, with the offer it may carry: 'Log in | Subscribe from $4 a month'.
_SIGN_UP = r"sign\s+up|subscribe"
_ACCOUNT_LINK = re.compile(rf"(?:log\s*(?:in|out)|sign\s+(?:in|out)|{_SIGN_UP}|register|my\s+account)\b",
                           re.IGNORECASE)
_ACCOUNT_LINK_ALONE = re.compile(_ACCOUNT_LINK.pattern + r"(?:\s+now)?", re.IGNORECASE)  # 'Subscribe now'
_ACCOUNT_ITEM_MAX_WORDS = 8
# The site's search and account links in a row without separators, the last with the offer it may carry:
# 'Search Sign in Subscribe from £19/month', 'Menu Log in Register'.
_ACCOUNT_RUN = re.compile(
    rf"(?:(?:search|menu|{_ACCOUNT_LINK_ALONE.pattern})\s+)+{_ACCOUNT_LINK_ALONE.pattern}"
    r"(?:\s+(?:from|for|at|only)\s+\S*\d\S*(?:\s+(?:a|per)\s+(?:month|year|week))?)?", re.IGNORECASE)
# A call to sign up closing a line, as a button's label or after a dash or bar ('Get the Morning Note in your
# inbox. [Sign up]', 'The Friday Brief, every week - sign up free'): a plug, never a headline. After a dash it
# ends no sentence: 'Its advice was simple - sign up now.' is the story's.
_SIGN_UP_OFFER = r"(?:\s+(?:now|free|here|today|for\s+free))?"
_SIGN_UP_CALL = re.compile(rf"(?P<button>\[\s*(?:{_SIGN_UP}|join){_SIGN_UP_OFFER}\s*\])$"
                           rf"|\s[-–—|]\s*(?:{_SIGN_UP}){_SIGN_UP_OFFER}$", re.IGNORECASE)
_SIGN_UP_TAIL = 30  # the call is short: only the line's end is searched
_CHEVRON = re.compile(r"\s+[»›>]\s+")  # between the steps of a breadcrumb trail

_FURNITURE_EXACT = frozenset("""
advertisement advertising ad sponsored sponsored-content share share-this share-this-article
share-this-story share-article share-the-story print email e-mail copy-link comments comment
listen listen-to-this-article sign-in log-in login register subscribe subscribe-now sign-up
newsletter skip-to-content skip-to-main-content menu search close back-to-top accept accept-all
reject-all cookie-settings manage-cookies cookie-preferences follow-us continue-reading
read-full-article story-continues-below-advertisement article-continues-below
story-continues-below loading tweet whatsapp facebook linkedin x reddit telegram image photo
video gallery print-article print-this-article learn-more open-in-app for-immediate-release press-release
news-release media-release news-provided-by asx-announcement view-this-email-in-your-browser view-in-browser
view-online view-this-email-online unsubscribe
market-announcement breaking-news exclusive
""".split())
_FURNITURE_START = re.compile(
    r"^(?:(?:share|follow|connect)(?:\s+(?:this|us|on|via|the\s+story))*\s*[:|]"
    r"|(?:tags|topics|filed\s+under|categories|keywords|more\s+on|photo|image|picture|credit)\s*:"
    r"|[\[(]?advertisement\b|©|\(c\)\s|copyright\b"  # also in brackets: "[Advertisement: Register now]"
    r"|\((?:reporting|writing|editing|additional\s+reporting|compiled)\s+by\b.*\)$"
    r"|(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.!?]*(?:;|\bediting\s+by\b)[^.!?]*$"
    r"|written\s+by\s"  # an author's sign-off: "Written by Oliver Grant. Follow him on X"
    r"|(?:reading\s+time\b|\d+\s*min(?:ute)?s?\s+read\b|\d+\s*[–-]\s*\d+\s+min(?:ute)?s$)"  # reader mode's
    r"|[a-z]\d{1,2}$"  # a print page's number: 'A1', 'B12'
    r"|(?:font|text)\s+size\b"  # a page's text-size controls: 'Font size: A A A'
    r"|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to|exclusive\s+to"
    r"|reserved\s+for)\s+(?:our\s+)?(?:paid\s+|premium\s+|digital\s+)?(?:subscribers|members)\b"
    r"|(?:subscribe|sign\s+up|register)\b(?:(?!\.).)*\b(?:newsletter|briefing|alerts?|free|today|now|daily)\b"
    r"|file\s+photo:|\((?:photo|image|picture|video)s?\b[^()]*\)$"
    # a credit closing a story: "With files from The Canadian Press", "— With assistance from Jack Wittels"
    r"|[—–-]?\s*with\s+(?:files|assistance|(?:additional\s+)?reporting)\s+(?:from|by)\s+"
    r"(?-i:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|of|the))*)\.?$"
    # a PDF's page footer, left in its text ("Page 1 of 2"), or an e-paper's page and section ("Page 9 - Business")
    r"|page\s+[a-z]?\d{1,3}(?:\s+(?:of|/)\s+\d{1,3}|\s*[-–—|:]\s*[^\W\d][\w&'’ ]{0,30})?$"
    r"|(?:url\s*:\s*)?https?://\S+$"  # a print view's address of the page
    # a paywall's prompts: "Already a subscriber? Log in", "Subscribe to continue reading", "Subscribe to our
    # ePaper for full access", "You have 1 free article remaining", "Get unlimited access to X for $4 a month"
    r"|already\s+(?:a\s+)?(?:subscriber|member|registered)\b[^.!]{0,20}(?:\?|\blog\s*in\b|\bsign\s+in\b)"
    r"|subscribe\b(?:[^.!?]|\.(?=\d)){0,60}\b(?:access|continue\s+reading|keep\s+reading|e-?paper)\b"  # "$9.99"
    # a button or link, not prose: "The Morning Brief. Subscribe free →", "More news »", "Get our newsletter >"
    r"|[^\n]{0,120}\s[→»>]$"
    r"|(?:get|enjoy|unlock)\s+(?:unlimited|full|unrestricted|instant|premium)\s+(?:digital\s+)?access\b"
    r"|you\s+have\s+(?:\d+|one|two|three|four|five|no)\s+(?:free\s+)?(?:articles?|stor(?:y|ies))\s+(?:left|remaining)\b"
    # a metered paywall's count: "Free registration: 3 articles left this month | Sign in"
    r"|(?:free\s+registration\s*:\s*)?(?:\d+|one|two|three|four|five|no)\s+(?:free\s+)?(?:articles?|stor(?:y|ies))\s+"
    r"(?:left|remaining)\s+this\s+(?:month|week)\b"
    r"|you(?:'ve|’ve|\s+have)\s+reached\s+(?:your|the)\s+(?:monthly\s+|free\s+)*(?:article\s+)?limit\b"
    # a call to the reader, a short whole line: "Sign in to read the full story", "Download the X app", "Follow
    # us on Google News", "Support independent journalism in Indonesia"; a verb that also opens a headline or a
    # sentence ('Support grows for ...', 'Try as they might, ...', 'Register of members ...') needs its object
    # right after it, and after the prompt's last word only a phrase like 'in Indonesia' or 'today' may follow
    r"|(?:(?:sign\s+in|log\s+in|sign\s+up|read|download|follow|listen|become|unlock|create|join|click|tap|install)\s"
    r"|(?:register|support|continue|start|get|try|receive)\s+(?=(?:our|the|a|an|your|us|independent|quality|local)\s))"
    r"[^.!?]{0,60}"
    r"\b(?:(?:this|full|our|more|premium|every)\s+(?:stor(?:y|ies)|articles?)|(?:the|our)\s+(?:[\w-]+\s+){0,3}app"
    r"|(?:a\s+free|an|your)\s+account|subscription|free\s+trial|e-?paper(?:\s+edition)?|journalism|newsletter"
    r"|(?:whatsapp|telegram|youtube)\s+channel|membership|google\s+news)"
    r"(?:\s+(?:in|on|for|from|at|with|via|to|about|and|today|now|here|free|instead)\b[^.!?]{0,40})?\s*[.!]?$"
    r"|become\s+a\s+(?:paid\s+)?(?:member|subscriber)\b"
    # a date line left in the text: "Published: 03 Sep 2025", "Posted on September 2, 2025"
    r"|(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s+(?:[a-z]{3,9}\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d\d|[a-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)\b[^.]*$)",
    re.IGNORECASE,
)
# Rarer furniture, in a separate pattern tried only on lines opening with its first letters (keeping the
# one above short): a "Source: Agency" credit, a print page's jump lines ("Continued from B1", "SEE ENERGY,
# B6"), a blog's "This entry was posted in Mining.", an agency's "Follow CP's coverage of X at URL" and a
# translator's note.
_RARE_FURNITURE_START = re.compile(
    r"^(?:source\s*:\s*(?-i:[A-Z])[^.,;:|\s]*(?:\s+[^.,;:|\s]+){0,4}$"
    r"|continued\s+(?:from|on)\s+(?:page\s+)?[a-z]?\d{1,3}$"
    r"|see\s+[a-z][a-z &]*,\s+(?:page\s+)?[a-z]?\d{1,3}$|this\s+entry\s+was\s+posted\b"
    r"|follow\s+.*\bcoverage\b.*\bat\s+\S+$"
    # a translated page's note: "This article was translated from Spanish.", "Translated from the French by X",
    # a language and a translator only: "Translated from the Chinese, the term means ..." is the story
    r"|(?:this\s+(?:article|story|report|text)\s+(?:was|has\s+been|is)\s+(?:machine[-\s])?translated"
    r"|translated(?=\s+(?:from|by)\b))(?:\s+(?:from|into)\s+(?:the\s+)?[a-z]+){0,2}"
    r"(?:\s+(?:by|using|with)\s+[^.,;:!?]{1,80})?\s*[.!]?$)", re.IGNORECASE)
_RARE_FURNITURE_OPENINGS = frozenset({"sour", "cont", "see ", "this", "foll", "tran"})
_RULE_CHARACTERS = "_*-=~#"
# A row of buttons or links saved as their bracketed labels only: '[Subscriber login]   [Free trial]', '[Yes] [No]'.
_LINK_LABEL = r"\[[^\[\].!?:]{1,40}\]"
_LINK_LABELS = re.compile(rf"^{_LINK_LABEL}(?:\s*{_LINK_LABEL})*$")
_LINK_LABEL_IN = re.compile(_LINK_LABEL)
# ...beside the site's search box and account links, unbracketed: 'Search... [Log in] [Start free trial]', '[ LNG ]
# [ Oil ] Search | My account' (the box's placeholder may trail dots).
_SITE_LINK = re.compile(rf"(?:search|menu|{_ACCOUNT_LINK_ALONE.pattern})", re.IGNORECASE)
_SITE_LINK_SEPARATORS = re.compile(r"\s*\|\s*")
_RARE_FURNITURE_INITIALS = frozenset("SsCcTtFf[" + _RULE_CHARACTERS)  # one cheap test for most lines
# A photo caption credits the agency: "... in Santiago, Chile. REUTERS/Ivan Alvarado".
_DISTRIBUTOR_SOURCE = "SOURCE "  # a press-release wire's closing credit: "SOURCE Lithium Americas Corp."
_MAX_SOURCE_WORDS = 8  # the word and a company's name
_PHOTO_CREDIT = re.compile(r"(?:\b(?:REUTERS|AFP|AP Photo|EPA|ANADOLU)/|/(?:AFP|AP|Getty Images|Bloomberg)\b|"
                           r"\bGetty Images\)?$)")
_MAX_CAPTION_WORDS = 60
_MAX_SHORT_FURNITURE_WORDS = 15  # most furniture; longer lines are tested for the long kinds only
_QUOTE_STRIP_MIN_ITEMS = 3
_QUOTE_MAX_WORDS = 6  # a name and its figures: 'JSE All Share 78,412 (+0.4%)'
# A navigation bar of many items ("Home | China | World | Business | Belt and Road | ...": its separators
# count as words) or a footer sentence around a copyright mark ("X is published by Y Ltd. (c) 2024. Terms").
_MAX_LONG_FURNITURE_WORDS = 40
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\))\s*(?:19|20)\d\d\b", re.IGNORECASE)
_MAX_FURNITURE_CHARS = 1500  # longer is text; the limit also keeps the regexes below linear
# "We use cookies", "We and our partners use cookies", "This site uses cookies ... our use of cookies. Accept |
# Manage preferences", "Cookies: we use essential and analytics cookies" (the site as the subject: "Bakers use palm
# oil in cookies" is a story)
_COOKIE = re.compile(r"\b(?:use|uses|using)\s+cookies\b|\buse\s+of\s+cookies\b"
                     r"|\b(?:we|this\s+(?:site|website)|our\s+(?:site|website))\s+(?:and\s+our\s+partners\s+)?"
                     r"(?:use|uses)\s+(?:[\w-]+\s+){1,3}?cookies\b"
                     r"|\bcookies?\s+(?:settings|preferences|policy)\b"
                     r"|\baccept\s+(?:all\s+)?cookies\b|\bcookies?\b.*\baccept\s+all\b", re.IGNORECASE)
_MAX_COOKIE_WORDS = 60  # a banner is a few sentences; longer text that mentions cookies is a story
_ALL_RIGHTS = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)

_END_TRAILERS = frozenset("""
related-news related-topics related-stories related-articles related-content
related-coverage related-reading more-news more-stories more-on-this-story most-read
most-popular most-viewed most-read-this-week popular trending trending-now recommended
recommended-for-you recommended-stories you-may-also-like you-might-also-like latest
latest-news latest-stories top-stories notes footnotes references further-reading
what-to-read-next read-next editor's-picks editors'-picks around-the-web from-around-the-web
sponsored-stories more-from-this-section comments leave-a-reply leave-a-comment join-the-conversation
about-the-author author-bio tags topics share-your-thoughts
related-posts more-articles more-briefs more-headlines discussion-about-this-post
enditem (end) log-in-or-register-to-post-comments
""".split())
# Also a blog platform's footer: "Published in Publication" (Medium), "Comments (4)", "12 Likes".
_END_TRAILER_START = re.compile(r"^(?:more\s+(?:from|in|on)\s+\S|most\s+(?:read|popular|viewed)\b"
                                r"|published\s+in\s+[^\d\s]|(?:comments|responses|replies)\s*\(\d+\)$"
                                r"|\d+\s+(?:likes?|restacks?|comments?|responses?)$)",
                                re.IGNORECASE)
# A press release ends in legal boilerplate under a heading: "Forward-Looking Statements", "Cautionary Note
# Regarding Forward-Looking Information", "Safe Harbor Statement" (a heading: the whole line, no sentence).
_LEGAL_BOILERPLATE = re.compile(
    r"^(?:cautionary\s+(?:note|statement)s?(?:\s+(?:regarding|on|concerning|about)\s+[^.!?]*)?"
    r"|forward[-\s]looking\s+(?:statements?|information)|safe\s+harbou?r(?:\s+statements?)?)\s*:?$",
    re.IGNORECASE)
# A share bar's heading ("Share this:") counts: the names of the networks under it are no story.
# "Related" heads a box with up to three words of what it lists: "Related stories", "Related media releases".
# A reading box's own label, also on a regional site in its own language ("Lea también:", "Lire aussi").
READ_ALSO_LABELS = (r"read\s+more|read\s+also|also\s+read|see\s+also"
                    r"|(?:lea|lee|leia|veja)\s+tamb(?:i[ée]n|ém)|(?:à\s+)?lire\s+aussi|voir\s+aussi"
                    r"|lesen\s+sie\s+auch|читайте\s+также")
_BOX_START = re.compile(rf"^(?:(?:{READ_ALSO_LABELS}|related(?:\s+[^\W\d]+){{0,3}}"
                        r"|share\s+this(?:\s+(?:article|story|post))?"
                        r"|more\s+[^\W\d]+"  # a list of a section's stories: "More analysis"
                        r"|key\s+(?:events|moments))"  # a live blog's list of its own entries' headlines
                        r"\s*(?::|$)"
                        # a sign-up box: "Sign up for Ore Desk", "Subscribe to The Lithium Brief", a
                        # newsletter's "Thanks for reading X! Subscribe for free ..."
                        r"|(?:sign\s+up|subscribe)\s+(?:to|for)\s+[^.!?]*$|thanks\s+for\s+reading\b)",
                        re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[>•·*▪►–—-]|\d{1,2}[.)])\s*")
_COPYRIGHT = re.compile(
    r"(?:(?:copyright\s*)?(?:©|\(c\))(?:\s*copyright)?|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<holder>[^|.,©·•]*)",
    re.IGNORECASE,
)
# A footer item giving the firm's registration, tax or telephone number: 'Org.nr 559000-0000', 'Reg. No 123',
# 'Tel +27 11 555 0100', 'VAT GB 123 4567 89' (a name may hold digits: 'Studio 1000 Media').
_LABELLED_NUMBER = re.compile(
    r"^(?:org(?:anisation|anization)?|reg(?:istration|istered)?|company|tel|telephone|phone|fax|vat|abn|acn"
    r"|kvk|cvr|cin|gst(?:in)?|cnpj|siren|siret|ein|uen|crn)\b[\s.:#/-]*(?:(?:no|nr|number)\b[\s.:#-]*)?"
    r"(?:[a-z]{2}\s?)?[+(]?\d", re.IGNORECASE)
# A footer's links, never the copyright's holder: 'Privacy Policy · Terms of Use · © 2025'.
_FOOTER_LINK = re.compile(r"^(?:privacy|terms|contact|advertise|advertising|cookies?|about(?:\s+us)?$"
                          r"|site\s?map|faqs?\b|imprint|impressum|disclaimer|accessibility|careers"
                          r"|newsletters?\b)",
                          re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"[\s,]*\d{4}$")
# The notice in the languages of the sites we read: 'Todos los derechos reservados', 'Tous droits réservés', 'Alle
# Rechte vorbehalten': it names nobody, and the holder is the name before the mark.
_RIGHTS_NOTICE = (r"(?:all\s+rights\s+reserved|todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados"
                  r"|tous\s+droits\s+r[ée]serv[ée]s|tutti\s+i\s+diritti\s+riservati|alle\s+rechte\s+vorbehalten"
                  r"|alle\s+rechten\s+voorbehouden)\b")
_RIGHTS_NOTICE_IN = re.compile(_RIGHTS_NOTICE, re.IGNORECASE)
_RIGHTS_AFTER_DASH = re.compile(rf"\s+[-–—]\s+{_RIGHTS_NOTICE}.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Between prompts run together on a line: a sentence's end or a spaced long dash ('Support our journalism — join').
_PROMPTS_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\s+[—–]\s+")
# "Ore Desk is published by Holm Media AB": the publication, not its owner, is the site.
_PUBLISHED_BY = re.compile(r"^(?P<name>[A-Z].{0,60}?)\s+(?:is|are)\s+(?:published|produced|owned|operated)\s+by\b")
# Lower-case words inside a name: "Ministry of Mines", "Banco do Brasil", "Nouvelles de la Bourse".
_NAME_CONNECTORS = frozenset("of and the for de du des la le el y e da do dos di del van von der für & on".split())
# The first letter of a dotted legal form the holder stops at: 'Northsea Terminal L' of '... L.P.', 'Repsol S'
# of 'S.A.'
_DANGLING_INITIAL = re.compile(r"\s+[A-Z]$")
_MORE_FROM = re.compile(r"^more\s+from\s+(?P<name>.+?)\s*:?$", re.IGNORECASE)
# (?<!\s): tried once per run of spaces, not at each of its spaces (quadratic on a title of blanks).
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+(?:\||–|—|-|::|·)\s+(?P<site>[^|–—]+)$")
_SITE_SUFFIX_BARS = "|–—"  # never in a site's name
_NOT_ALNUM = re.compile(r"[\W_]+")
_TITLE_SEPARATOR = re.compile(r"\s(?:\||–|—|-|::|·)\s")
# The names of a site's sections ('Business', 'Oil & Gas', 'ANALYSIS'): labels and menus, never a headline.
SECTION_WORDS = frozenset("""
home news latest business businesses mining mines energy markets market economy economics politics world opinion
opinions technology tech finance financial commodities metals oil gas power deals companies industry sport sports
local national international regions region africa asia europe americas pacific analysis features feature
environment climate agriculture agribusiness infrastructure investing money lifestyle video videos podcasts
podcast e-paper epaper sustainability legal views science health property trade transport shipping
""".split())
_SECTION_LABEL_MAX_NAMES = 3


class Trailer(Enum):
    END = "end"  # lists other stories: the story is over
    BOX = "box"  # a reading box that may sit inside the story


def word_count(line: str) -> int:
    """Words of a line whose white space is already single (tidied), as every reader's lines are."""
    return line.count(" ") + 1 if line else 0


def is_prose(line: str, min_words: int = 12) -> bool:
    """A sentence of running text, not a heading, label or list of links."""
    return word_count(line) >= min_words and line.rstrip().endswith(TERMINAL)


def _key(line: str) -> str:
    return "-".join(line.strip().rstrip(":.").casefold().split())


def is_furniture(line: str) -> bool:
    """A line that is page furniture wherever it appears."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return False
    words = word_count(stripped)
    if words > _MAX_SHORT_FURNITURE_WORDS:  # running text, mostly: rarely seen twice, not worth caching
        return (_is_banner_or_credit(stripped, words)
                or words <= _MAX_LONG_FURNITURE_WORDS and _is_long_furniture(stripped))
    return _is_short_furniture(stripped)


# The pages of a site repeat their short lines (menus, labels, prompts, credits), and the readers ask again
# of some lines (the header's, the body's and the last sentence's checks).
@functools.lru_cache(maxsize=4096)
def _is_short_furniture(stripped: str) -> bool:
    """`is_furniture` of a stripped line of at most _MAX_SHORT_FURNITURE_WORDS words."""
    words = word_count(stripped)
    return (_is_banner_or_credit(stripped, words)
            or "©" in stripped or _key(stripped) in _FURNITURE_EXACT or bool(_FURNITURE_START.match(stripped))
            or _is_bar(stripped) or _is_account_bar(stripped) or _closes_in_sign_up_call(stripped)
            or (stripped.startswith(_DISTRIBUTOR_SOURCE) and words <= _MAX_SOURCE_WORDS)
            or (stripped[0] in _RARE_FURNITURE_INITIALS and _is_rare_furniture(stripped))
            or ("[" in stripped and _is_link_labels_beside_site_links(stripped))
            or (_may_run_prompts_together(stripped) and _is_prompts_run_together(stripped)))


def _may_run_prompts_together(stripped: str) -> bool:
    """A full stop or a spaced long dash between two parts: a cheap test before splitting the line."""
    return ". " in stripped or " — " in stripped or " – " in stripped


def _is_account_bar(stripped: str) -> bool:
    """The reader's account links in a bar, an offer after one ('Log in | Subscribe from S/ 29 a month'), or
    in a row without separators ('Search Sign in Subscribe from £19/month'): too long an item for a
    navigation bar's, and a headline with its price would take it for the title."""
    if "|" not in stripped:
        return _ACCOUNT_RUN.fullmatch(stripped) is not None
    items = _bar_items(stripped)
    return len(items) >= 2 and all(
        word_count(item) <= _ACCOUNT_ITEM_MAX_WORDS and _ACCOUNT_LINK.match(item) for item in items)


def _closes_in_sign_up_call(stripped: str) -> bool:
    tail = stripped[-_SIGN_UP_TAIL:].lower()
    call = _SIGN_UP_CALL.search(tail) if "]" in tail or "ign" in tail or "ubscri" in tail else None
    if call is None:
        return False
    # after a dash, the call of a plug, not of a sentence's speaker ('The advice was simple. Sign up - ...')
    return call.group("button") is not None or not _SENTENCE_END.search(stripped, 0, len(stripped) - len(tail)
                                                                         + call.start())


def is_account_link(item: str) -> bool:
    """A reader's account link alone: 'Log in', 'Subscribe now', 'Register'."""
    return _ACCOUNT_LINK_ALONE.fullmatch(item.strip()) is not None


def _is_prompts_run_together(stripped: str) -> bool:
    """Short prompts on one line, each furniture alone ('Support local journalism. You have 2 free articles
    remaining this month.', 'Support independent journalism — become a member'): a sentence of the story among
    them keeps the line."""
    prompts = _PROMPTS_BOUNDARY.split(stripped)
    return len(prompts) > 1 and all(prompt and _is_short_furniture(prompt) for prompt in prompts)


def _is_link_labels_beside_site_links(stripped: str) -> bool:
    """Bracketed link labels with the site's search box or account links beside them, outside brackets ('Search...
    [Log in] [Free trial]'); a headline or a sentence beside a label ('[Updated] Search for ...') is no link."""
    outside = _LINK_LABEL_IN.sub("|", stripped)
    if outside == stripped:
        return False
    items = [item.strip(" .…") for item in _SITE_LINK_SEPARATORS.split(outside)]
    return all(not item or _SITE_LINK.fullmatch(item) for item in items)


def _is_banner_or_credit(stripped: str, words: int) -> bool:
    """A cookie banner, an 'All rights reserved' footer or a photo's credit, short or long."""
    if words <= _MAX_COOKIE_WORDS and (_mentions(stripped, _COOKIE_WORD) and _COOKIE.search(stripped)
                                       or _mentions(stripped, _RESERVED_WORD) and _ALL_RIGHTS.search(stripped)):
        return True
    return (words <= _MAX_CAPTION_WORDS and ("/" in stripped or "Getty" in stripped)
            and bool(_PHOTO_CREDIT.search(stripped)))


def _is_long_furniture(line: str) -> bool:
    """A long navigation bar (never a sentence), a market ticker, a footer line with a copyright mark and its
    year, or a plug closing in a call to sign up."""
    if _closes_in_sign_up_call(line):
        return True
    if line[0] == "[" and _LINK_LABELS.match(line):  # a menu of many bracketed links: '[ Energy ] [ Region ] ...'
        return True
    if "[" in line and _is_link_labels_beside_site_links(line):
        return True
    if ("©" in line or "(c)" in line or "(C)" in line) and _COPYRIGHT_YEAR.search(line):
        return True
    items = _bar_items(line)  # a quote may end in ')' as a sentence does: '... | Gold $2,331 (+0.4%)'
    return (not line.endswith(TERMINAL) and _is_nav_items(line, items)) or is_quote_strip(items)


def _is_rare_furniture(line: str) -> bool:
    """A rule drawn in text, as under a story ('___', '* * *'), or a line of the rarer kinds above."""
    if line[0] in _RULE_CHARACTERS:
        return not any(ch.isalnum() for ch in line)
    if line[0] == "[":
        return bool(_LINK_LABELS.match(line))
    return line[:4].lower() in _RARE_FURNITURE_OPENINGS and bool(_RARE_FURNITURE_START.match(line))


def _spellings(word: str) -> tuple[str, str, str]:
    return word, word.title(), word.upper()


_COOKIE_WORD, _RESERVED_WORD = _spellings("cookie"), _spellings("reserved")


def _mentions(line: str, spellings: tuple[str, str, str]) -> bool:
    """A fast pre-check before a case-insensitive regex: the word in lower, title or upper case."""
    lower, title, upper = spellings
    return lower in line or title in line or upper in line


def is_nav(line: str) -> bool:
    """A navigation bar or breadcrumb: two or more short segments between separators. A breadcrumb's
    trail may end in the story's headline ('Home > Gold > Barrick sells Hemlo mine ...')."""
    return _is_nav_items(line, _bar_items(line))


def _is_bar(line: str) -> bool:
    """A navigation bar, a breadcrumb or a market ticker."""
    items = _bar_items(line)
    return _is_nav_items(line, items) or is_quote_strip(items)


def _bar_items(line: str) -> list[str]:
    """The items between the separators of `line` (one item, or none: it has no separator)."""
    if not any(map(line.__contains__, _SEPARATOR_CHARS)):
        return []
    return [s for s in _SEPARATOR.split(line.strip()) if s]


def _is_nav_items(line: str, items: list[str]) -> bool:
    """`is_nav` of `line` split into its `items`."""
    if len(items) < 2:  # two segments or more: a separator stands between them
        return False
    return all(word_count(s) <= 4 for s in items[:-1]) and (
        word_count(items[-1]) <= 4 or is_breadcrumb_trail(line))


def is_quote_strip(items: list[str]) -> bool:
    """A market ticker's strip of quotes ('Markets: JSE All Share 78,412 (+0.4%) | R/$ 18.74 | Brent $77.90'):
    every item a name and its figure. A table's row has cells of figures alone, or of words alone."""
    return len(items) >= _QUOTE_STRIP_MIN_ITEMS and all(
        word_count(item) <= _QUOTE_MAX_WORDS and _has_digit(item) and _has_letter(item) for item in items)


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def section_names(line: str) -> int:
    return sum(word.lower() in SECTION_WORDS for word in line.split())


def is_section_label(line: str) -> bool:
    """A section's name on its own ('Business', 'ANALYSIS', 'Oil & Gas'): a label over a story, not its
    headline nor a site's name."""
    names = [word for word in line.split() if word not in ("&", "and")]
    return 0 < len(names) <= _SECTION_LABEL_MAX_NAMES and all(word.lower() in SECTION_WORDS for word in names)


def is_breadcrumb_trail(line: str) -> bool:
    return (">" in line or "›" in line or "»" in line) and len(_CHEVRON.findall(line)) >= 2


def trailer_kind(line: str) -> Trailer | None:
    stripped = line.strip()
    if not stripped:
        return None
    if word_count(stripped) > 12:
        return Trailer.BOX if _BOX_START.match(stripped) else None
    if len(stripped) > _MAX_FURNITURE_CHARS:  # not worth keeping in the cache (a hostile line of few words)
        return _short_trailer_kind.__wrapped__(stripped)
    return _short_trailer_kind(stripped)


@functools.lru_cache(maxsize=4096)  # the pages of a site repeat their headings and trailers
def _short_trailer_kind(stripped: str) -> Trailer | None:
    """`trailer_kind` of a stripped line of at most 12 words."""
    if (_key(stripped) in _END_TRAILERS or _END_TRAILER_START.match(stripped)
            or _LEGAL_BOILERPLATE.match(stripped)):
        return Trailer.END
    if _BOX_START.match(stripped):
        return Trailer.BOX
    return None


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line.strip()))


def copyright_holder(line: str) -> str | None:
    """'GlobalMetals Wire' from '© 2025 GlobalMetals Wire. All rights reserved.' or 'X © 2025'."""
    match = _COPYRIGHT.search(line)
    if not match:
        return None
    # the notice after a dash: '(c) 2025 Delta Freight Post - All rights reserved.'
    holder = _RIGHTS_AFTER_DASH.sub("", match.group("holder"))
    holder = _TRAILING_YEAR.sub("", holder.strip()).strip()
    published = _PUBLISHED_BY.match(holder)  # "© 2025 Ore Desk is published by Holm Media AB"
    holder = published.group("name") if published else holder
    if not any(ch.isalpha() for ch in holder) or _RIGHTS_NOTICE_IN.search(holder):
        # the name right before the mark, not the sentence before it ('Printed on 19/02/2025. Site © 2025'),
        # nor the firm's registration or telephone number ('Site AB · Org.nr 559000-0000 · © 2025')
        before = _SEPARATOR.split(line[:match.start()].strip().rstrip(_SEPARATOR_CHARS))
        names = (_named_in(sentence.strip()) for item in reversed(before)
                 for sentence in reversed(_SENTENCE_END.split(item)))
        holder = next((name for name in names if name and not _LABELLED_NUMBER.match(name)), "")
        holder = "" if _FOOTER_LINK.match(holder) else holder
    holder = _DANGLING_INITIAL.sub("", _TRAILING_YEAR.sub("", holder)).strip(" -–")
    return holder if _is_name(holder) else None


def _named_in(sentence: str) -> str | None:
    """The name a footer sentence gives: itself if it is a name, the publication in "X is published by Y Ltd.";
    none from another sentence ("Prices are indicative.": a sentence with a verb holds no name)."""
    published = _PUBLISHED_BY.match(sentence)
    if published:
        return published.group("name")
    name = sentence.rstrip(".")  # "Holm Media AB. All rights reserved. © 2025": the name, not its full stop
    words = name.split()
    if len(words) >= 2 and any(word[:1].islower() and word not in _NAME_CONNECTORS for word in words):
        return None
    return name


def more_from_name(line: str) -> str | None:
    """'Asia Energy Desk' from the trailer 'More from Asia Energy Desk'."""
    match = _MORE_FROM.match(line.strip())
    if not match:
        return None
    name = match.group("name")
    return name if _is_name(name) else None


def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and any(ch.isalpha() for ch in text) and text[0].isupper()


def site_suffix(title: str) -> re.Match[str] | None:
    """The ' | Site' (or ' - Site') ending a page title; group 'site' is the site's name."""
    # The site's name holds no bar or long dash: the suffix starts at the last of them, or after it. Searched
    # from there, as from the start each ' - ' would be tried to the title's end (quadratic on ' - a - a').
    last_bar = max(map(title.rfind, _SITE_SUFFIX_BARS))
    return _SITE_SUFFIX.search(title, len(title[:last_bar].rstrip()) if last_bar > 0 else 0)


def without_site_name(title: str | None, site: str | None) -> str | None:
    """'Headline' from 'Headline | Site' or 'Headline - Site' when the suffix names `site`, or from 'Site |
    Headline' when the prefix is `site`'s very name (a headline may open with a company's name)."""
    if not title or not site:
        return title
    match = site_suffix(title)
    if match and _same_name(match.group("site"), site):
        return title[:match.start()]
    separator = _TITLE_SEPARATOR.search(title)  # the first one: a site's name holds none
    if separator and squashed(title[:separator.start()]) == squashed(site):
        return title[separator.end():].lstrip()
    return title


def squashed(text: str) -> str:
    """Letters and digits only, case-folded: 'ClashReport' and 'Clash Report' compare equal."""
    return _NOT_ALNUM.sub("", text.casefold())


def _same_name(first: str, second: str) -> bool:
    a, b = squashed(first), squashed(second)
    return len(a) >= 3 and len(b) >= 3 and (a in b or b in a)

"""The offline planners' shared words: how questions start, aggregates, filler, synonyms.

Both the grammar (`sql_forms`) and the plain-question planner (`sql_natural`) read counts,
listings and aggregates with these words, so a phrasing one understands the other does too.
"""

import re
from typing import Final

COUNT_WORDS: Final = r"how many|(?:what is |what's )?(?:the )?number of|count(?: of| all)?"
LIST_WORDS: Final = r"show(?: me)?|list|get|find|display|fetch|give me|give|what are|which are"
COUNT: Final = re.compile(rf"(?i)^(?:{COUNT_WORDS})\s+(?P<rest>.+)$")
LIST: Final = re.compile(rf"(?i)^(?:{LIST_WORDS})\s+(?P<rest>.+)$")
FUNCTIONS: Final = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "total": "sum",
    "sum": "sum",
    "sum of": "sum",
    "maximum": "max",
    "max": "max",
    "minimum": "min",
    "min": "min",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "lowest": "min",
    "smallest": "min",
}
# Words that place nothing themselves: articles, question words, and verbs that only link the
# nouns around them ("students who took Music Theory", "medications sold as syrup").
_FILLER = """a an the of in on at by for from to with as who whom whose which what that this these
    those is are was were be been do does did have has had there their its it me show list give
    get find display all any every each per live lives living located based bought buy buys
    purchased ordered placed made got left remaining how much many number count most least
    fewest top first up signed joined registered created came come and or than more less fewer
    over under above below cheaper cheapest expensive never not no yet without average avg mean
    total sum maximum max minimum min highest lowest biggest largest smallest shipped what's
    whats please currently now we our i you took take takes taken attend attended attends belong
    belongs own owns owned work works worked working sold sell sells still already handle handles
    handled carry carries carried send sends sent serve serves served went go goes gone include
    includes included including contain contains contained feature features featured offer
    offers offered link links linked make makes making whole entire worth running drew
    attract attracts attracted anything anyone anybody them they held through via ever hit
    affected impacted"""
FILLER: Final = frozenset(_FILLER.split())
# "in our collection", "on file": all the rows we hold, said of a table's rows; no condition.
HOLDINGS: Final = re.compile(
    r"(?i)\s+(?:(?:in|on|within) (?:our|the|my) (?:whole |entire )?(?P<word>collection|"
    r"catalogue|catalog|database|system|records|books|inventory)|on (?:file|record))\b"
)
# Two words that link like a preposition ("working out of Lyon"); "out" alone stays a content
# word ("sold out").
PAIRS: Final = frozenset({("out", "of")})
# Words too common to start a name or a value ("the", "of"); they may sit inside one.
_STOP = """a an the of in on at by for from to with who is are was were be do does have has and or
    than me all any every each per how much many most least"""
STOP: Final = frozenset(_STOP.split())
# Words after a column's word that name the same column: "service level" → service.
QUALIFIERS: Final = frozenset({"level", "type", "kind", "category", "class"})
NEGATIONS: Final = frozenset({"not", "no", "non", "never", "isn't", "aren't", "wasn't"})
IRREGULAR: Final = {
    **{"paid": "pay", "bought": "buy", "sold": "sell", "spent": "spend", "sown": "sow"},
    **{"grown": "grow", "shown": "show", "drawn": "draw", "written": "write", "taken": "take"},
    **{"given": "give", "taught": "teach", "lent": "lend", "won": "win", "built": "build"},
    **{"kept": "keep", "driven": "drive", "flown": "fly", "chosen": "choose", "worn": "wear"},
    **{"left": "leave", "began": "begin", "begun": "begin", "wrote": "write", "ran": "run"},
    "expiry": "expire",
    **{"done": "do", "did": "do", "ridden": "ride", "rode": "ride"},
}
# Verbs whose act a table records under another noun: borrowed → loans, reserved → bookings.
VERB_NOUNS: Final = {
    "borrow": ("loan", "borrowing", "checkout"),
    "lend": ("loan",),
    "rent": ("rental", "lease"),
    "lease": ("lease", "rental"),
    "hir": ("hire", "rental", "booking"),  # hire, hired (stem hir); hiring a band is booking it
    "rid": ("ride", "trip", "journey"),  # ride, rode, ridden
    "buy": ("purchase", "order", "sale"),
    "purchas": ("purchase", "order", "sale"),
    "sell": ("sale", "order"),
    "book": ("booking", "reservation"),
    "reserv": ("reservation", "booking"),
    "enrol": ("enrollment", "enrolment", "registration"),
    "enroll": ("enrollment", "enrolment", "registration"),
    "regist": ("registration", "enrollment", "enrolment"),
    "attend": ("attendance", "visit"),
    "rat": ("rating", "review"),
    "review": ("review", "rating"),
    "pay": ("payment",),
    "deliver": ("delivery", "shipment"),
    "ship": ("shipment", "delivery"),
    "assign": ("assignment",),
    "subscrib": ("subscription",),
    "donat": ("donation",),
    "appl": ("application",),
    "visit": ("visit", "appointment"),
    "watch": ("view", "viewing"),
    "listen": ("play", "stream", "listen"),
    "play": ("play", "game"),
}
# Numbers people spell out ("the last three months", "the five largest"); "a" is one.
SPELLED: Final = {
    **{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
}
DATE_WORDS: Final = ("signed", "joined", "registered", "created", "since", "born", "added")
_MONTHS = "january february march april may june july august september october november december"
MONTHS: Final = _MONTHS.split()
# A word people use for a column whose name says it otherwise: the word's stem → name parts.
# A part matches a whole `_`-separated piece of a column name (price → unit_price).
SYNONYMS: Final = {
    "revenue": ("amount", "total"),
    "income": ("amount", "total"),
    "sale": ("amount", "total"),
    "turnover": ("amount", "total"),
    "spend": ("amount", "total", "cost", "spend"),
    "pay": ("salary", "wage", "pay"),
    "earn": ("salary", "wage"),
    "earning": ("salary", "wage"),
    "wage": ("salary", "wage"),
    "cost": ("price", "cost"),
    "price": ("price", "cost"),
    # Ending is exiting, finishing or closing: "sessions that haven't ended yet": exited_at.
    "end": ("end", "ended", "ends", "exit", "exited", "finish", "finished", "close", "closed"),
    "worth": ("value", "worth", "valuation"),  # "projects worth more than 10 million"
    "charging": ("rate", "fee", "charge", "price"),  # "charging under 350 a day": day_rate
    "born": ("birth", "birthday", "dob"),
    "birth": ("birth", "birthday", "dob", "born"),
    "insurance": ("insurer",),
    "insured": ("insurer",),
    "prescrib": ("prescription", "prescriptions"),
    "name": ("name", "title"),
    "email": ("email", "mail"),
    "phone": ("phone", "mobile", "telephone"),
    "age": ("birth", "birthday", "dob"),
    # Distances and sizes said in everyday words: mileage → odometer_km, footprint → area_m2.
    "mileage": ("odometer", "mileage", "distance", "km", "miles"),
    "ceiling": ("max", "maximum"),  # "the salary ceiling": salary_max
    # Verbs of movement and holding that name a column: went to Madrid → destination_city.
    "went": ("destination", "dest"),
    "head": ("destination", "dest"),
    "going": ("destination", "dest"),
    "contain": ("contents", "content"),
    "headquarter": ("hq", "headquarters"),
    # Joining an organisation is being hired, enrolled or registered: joined → hired_on.
    "join": ("joined", "hired", "hire", "started", "enrolled", "registered"),
    "hir": ("hired", "hire", "joined", "started"),
    # Things opened, raised or filed are rows created: opened → created_on.
    "length": ("duration", "length", "runtime"),
    "crowd": ("attendance", "spectators", "crowd"),
    "audience": ("attendance", "audience", "viewers"),
    "pitch": ("surface", "pitch", "field"),
    # Words that column names shorten: fee_pct, order_qty, dept_id.
    "percentage": ("pct", "percent", "percentage"),
    "percent": ("pct", "percent", "percentage"),
    "quantity": ("qty", "quantity"),
    "maximum": ("max", "maximum"),
    "minimum": ("min", "minimum"),
    "department": ("dept", "department"),
    # Words for the kind of a row: "of each type" where the column is kind.
    "type": ("type", "kind", "category"),
    "kind": ("kind", "type", "category"),
    # A number of people is a size: seats a room holds, a party booked, a crowd counted.
    "people": (
        *("capacity", "party", "guests", "seats", "occupancy", "headcount", "attendance"),
        "size",
    ),
    "guest": ("guests", "party", "capacity", "occupancy"),
    # How many a place holds, where no column says capacity: the most people it takes
    # (max_guests), its seats. A capacity column is named by the word itself.
    "capacity": ("seats", "occupancy", "guests", "people", "attendees"),
    "hold": ("capacity", "seats"),
    "accommodat": ("capacity", "seats", "guests"),
    # Verbs for the role a key or column names: who lands, reports to or coaches someone.
    "land": ("destination", "arrival"),
    "arriv": ("destination", "arrival"),
    "depart": ("origin", "departure"),
    "leav": ("origin", "departure"),
    "report": ("manager", "supervisor", "boss"),
    "supervis": ("supervisor", "manager"),
    "coach": ("coach", "manager", "trainer"),
    "train": ("trainer", "coach"),
    # Keyed by the participle: "open issues" is a state, "opened" a date.
    "opened": ("created", "opened", "raised", "filed", "commissioned", "launched", "inaugurated"),
    "raised": ("created", "raised", "opened"),
    # Beginning and ending are a row's start and end: began → starts_on, finished → ends_at.
    "begin": ("start", "starts", "started", "starting"),
    "finish": ("end", "ends", "ended", "finished"),
    "released": ("released", "release", "published"),
    "published": ("published", "released"),
    "issued": ("issued", "granted", "opened"),
    # An amount aimed at is a goal or a target, whichever the name says: target → goal_amount.
    "goal": ("goal", "target", "objective"),
    "target": ("target", "goal", "objective"),
    "objective": ("objective", "goal", "target"),
    "greenlit": ("greenlit", "approved"),
}

# A comparison in words and its operator ("cheaper than 20" → < 20, "at least 3" → >= 3).
OPS: Final = {
    "less than": "<",
    "fewer than": "<",
    "more than": ">",
    "greater than": ">",
    "cheaper than": "<",
    "longer than": ">",
    "shorter than": "<",
    "bigger than": ">",
    "larger than": ">",
    "smaller than": "<",
    "more expensive than": ">",
    "heavier than": ">",
    "taller than": ">",
    "higher than": ">",
    "lower than": "<",
    "lighter than": "<",
    "under": "<",
    "over": ">",
    "below": "<",
    "above": ">",
    "at least": ">=",
    "at most": "<=",
}

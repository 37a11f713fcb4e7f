"""Plain Dutch (taalniveau B1) for loket: checks every Dutch message in locales/nl/*.ftl and the text of every
crawled Dutch page. In the other languages of `--langs` only the sentence length is checked (at most 25 words),
on their messages in locales/<lang>/*.ftl and on their pages: the Dutch rules (Flesch-Douma, passive voice,
jargon, long words) know only Dutch.

    taal.py --locales DIR [--langs tr,ar,pl,uk] [--pages PAGES.json]   prints a JSON report on stdout

PAGES.json is a list of {"key", "url", "lang", "lines": [block texts of <main>], "explanations": [{"how", "text"}]}
("lang" missing: Dutch). The rules and their limits are described in README.md beside this file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import textstat

HERE = Path(__file__).resolve().parent

MAX_SENTENCE_WORDS = 20
MAX_AVERAGE_WORDS = 15  # a page's average must stay below this
MAX_WORD_LETTERS = 20
MIN_FLESCH_DOUMA = 60
# Fewer words than this give a Flesch score that says nothing (one long word swings it by 20 points).
MIN_WORDS_FOR_FLESCH = 40

# Message files that residents never see (staff screens), by file name.
NOT_RESIDENT_FACING: set[str] = {"backoffice.ftl", "cijfers.ftl", "verzending.ftl", "blijverslening-medewerker.ftl", "kindpakket-medewerker.ftl", "uitdaagrecht-medewerker.ftl"}
# Pages for staff only: not held to taalniveau B1 (the other gates still apply to them).
STAFF_PATH = re.compile(r"^/medewerker(?:/|$|[.?#])")

ABBREVIATIONS = {"bijv", "bv", "o.a", "d.w.z", "nr", "art", "enz", "etc", "incl", "excl", "mevr", "dhr", "ca", "z.s.m", "m.b.t", "t.o.v"}

# The other languages: only the length of a sentence, which means the same in every language.
MAX_SENTENCE_WORDS_OTHER = 25
# A sentence ends at . ! ? and, beside them, the Arabic question mark, the ellipsis and the Arabic-script full
# stop; and at the end of a block (a paragraph, heading, list item: pages come as one line per block).
OTHER_ENDS = ".!?\u061f\u2026\u06d4"
# Abbreviations that end in a full stop inside a sentence, per language (lower case, without the last dot).
# Not the one-letter ones (Polish "r." for rok, Ukrainian "р."): they end sentences too, after a date, and
# joining two sentences would fail a text that is fine.
OTHER_ABBREVIATIONS = {
    "en": {"e.g", "i.e", "no", "approx"},
    "tr": {"örn", "bkz", "sn", "no"},
    "pl": {"np", "tj", "tzn", "m.in", "nr", "ul", "godz", "pkt", "tzw", "ok", "zob", "ust", "art"},
    "uk": {"напр", "т.ч", "вул", "див", "ст", "тис", "млн"},
    "ar": set(),
}
# Direction marks and isolates: Fluent puts FSI ... PDI around a value in right-to-left text.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

WORDEN = {"word", "wordt", "worden", "werd", "werden"}
ZIJN = {"is", "ben", "bent", "zijn", "was", "waren"}
HEBBEN = {"heb", "hebt", "heeft", "hebben", "had", "hadden"}
# Separable prefixes before "ge" in a past participle: aan-ge-vraagd, in-ge-vuld, uit-ge-logd.
SEPARABLE = "aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|tegen|onder|achter|binnen|buiten|neer|rond|open|vrij|klaar|los|goed"
GE_PARTICIPLE = re.compile(rf"^(?:{SEPARABLE})?ge\w{{2,}}(?:d|t|en)$")
# Participles of verbs with be-, ver-, ont-, her-, er- have no "ge": verstuurd, betaald, bewaard. Words that
# end in -t or -en are as often a present tense or an infinitive, so only -d counts (and the list below).
PREFIX_PARTICIPLE = re.compile(r"^(?:be|ver|ont|her|er)\w{3,}d$")
STRONG_WITHOUT_GE = {"besproken", "bekeken", "beschreven", "verboden", "vergeleken", "verzonden", "verwerkt", "verstrekt", "bepaald", "besloten", "vertaald", "verleend", "verlengd"}
# Words that look like participles and are not: nouns, adjectives, present tenses.
NOT_PARTICIPLES = {"gebied", "gezond", "geldt", "gelden", "geeft", "geest", "gedicht", "gezicht", "gewicht",
                   "gerecht", "gericht", "geschikt", "gewend", "gemiddeld", "gehandicapt", "getrouwd",
                   "gescheiden", "gemeenten", "gesprekken", "gebieden", "gebouwen", "geheugen", "gevolgen",
                   "gezinnen", "gedachten", "geluiden", "gebreken", "gewoonten", "gebruiken", "gebeuren",
                   "geloven", "genieten", "gewennen", "geleden", "gebaren", "gegevens", "bestand", "verband",
                   "verstand", "beleid", "verbod", "bekend", "verband", "gelegen", "gewoon", "geopend"}
# Perfect tenses with "zijn" of verbs that have no passive: "U bent uitgelogd", "Het is gelukt".
PERFECT_WITH_ZIJN = ("gegaan", "gekomen", "geweest", "geworden", "gebleven", "begonnen", "gestopt", "verhuisd",
                     "veranderd", "overleden", "geboren", "verlopen", "vertrokken", "gestorven", "gebeurd",
                     "gelukt", "mislukt", "geslaagd", "gegroeid", "gestegen", "gedaald", "geëindigd", "gelogd",
                     "verdwenen", "gevallen", "gelopen", "gereisd", "gevlucht", "verschenen", "gestart")

# After these a word that looks like a participle is an infinitive: "wij kunnen ontvangen", "te gebruiken".
BEFORE_INFINITIVE = {"kan", "kunt", "kunnen", "moet", "moeten", "wil", "wilt", "willen", "zal", "zult", "zullen",
                     "mag", "mogen", "te", "ga", "gaat", "gaan"}

WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)


def read_list(name: str) -> list[str]:
    """Lines of a list file beside this script, without comment lines (#) and blank lines."""
    lines = (line.strip() for line in (HERE / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def read_passive_allowlist() -> dict[str, str]:
    """Sentences allowed to be passive, each `sentence | reason`. An entry without a reason is refused."""
    allowed = {}
    for line in read_list("passief-toegestaan.txt"):
        sentence, _, reason = line.partition("|")
        if not reason.strip():
            sys.exit(f"passief-toegestaan.txt: no reason given for: {line}")
        allowed[normal(sentence)] = reason.strip()
    return allowed


def normal(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().lower()


def words(text: str, lang: str = "nl") -> list[str]:
    """The words of `text`. Dutch: runs of letters and digits (as textstat counts them). Other languages: what
    stands between spaces and holds a letter or digit, so that a reference (WMO-2026-0042), an e-mail address or
    an Arabic word with its vowel marks is one word, and a dash is none."""
    if lang == "nl":
        return WORD.findall(text)
    return [w for w in BIDI_MARKS.sub("", text).split() if re.search(r"\w", w)]


def sentences(line: str, lang: str = "nl") -> list[str]:
    """Splits one block of text (a paragraph, heading, list item) into sentences: at . ! ? followed by a space,
    not after an abbreviation of the language; in other languages also at the Arabic question mark and the
    ellipsis."""
    if lang == "nl":
        ends, abbreviations = ".!?", ABBREVIATIONS
    else:
        ends, abbreviations = OTHER_ENDS, OTHER_ABBREVIATIONS.get(lang, set())
        line = BIDI_MARKS.sub("", line)
    parts = re.split(rf"(?<=[{ends}])\s+", line.strip())
    after_abbreviation = re.compile(r"(?:^|\s)(" + "|".join(re.escape(a) for a in sorted(abbreviations)) + r")\.$", re.I)
    merged: list[str] = []
    for part in parts:
        if merged and abbreviations and after_abbreviation.search(merged[-1]):
            merged[-1] += " " + part
        else:
            merged.append(part)
    return [s for s in merged if words(s, lang)]


def check_length_only(units: list[str], lang: str) -> list[dict]:
    """The check for languages other than Dutch: no sentence over MAX_SENTENCE_WORDS_OTHER words."""
    problems = []
    for s in units:
        n = len(words(s, lang))
        if n > MAX_SENTENCE_WORDS_OTHER:
            problems.append({"rule": "sentence-length", "detail": f"{n} words (at most {MAX_SENTENCE_WORDS_OTHER})", "text": s})
    return problems


def passive(sentence: str) -> str | None:
    """The auxiliary and participle that make `sentence` passive, or None."""
    ws = [w.lower().strip("'’-") for w in words(sentence)]
    has_worden = any(w in WORDEN for w in ws)
    has_zijn = any(w in ZIJN for w in ws) and not any(w in HEBBEN for w in ws)
    if not (has_worden or has_zijn):
        return None
    for i, w in enumerate(ws):
        # -heid: nouns (gezondheid). Without "ge", -end is a present participle (verschillend), not ingediend.
        if w in NOT_PARTICIPLES or w.endswith("heid") or (i and ws[i - 1] in BEFORE_INFINITIVE):
            continue
        participle = bool(
            GE_PARTICIPLE.match(w) or (PREFIX_PARTICIPLE.match(w) and not w.endswith("end")) or w in STRONG_WITHOUT_GE
        )
        if not participle:
            continue
        if has_worden:
            aux = next(x for x in ws if x in WORDEN)
            return f"{aux} ... {w}"
        if not w.endswith(PERFECT_WITH_ZIJN):
            aux = next(x for x in ws if x in ZIJN)
            return f"{aux} ... {w}"
    return None


def long_words(sentence: str, allowed: set[str]) -> list[str]:
    found = []
    for w in words(sentence):
        letters = re.sub(r"[^\w]|\d|_", "", w)
        if len(letters) > MAX_WORD_LETTERS and w.lower() not in allowed and not re.search(r"\d", w):
            found.append(w)
    return found


def check_sentences(units: list[str], passive_ok: dict[str, str], long_ok: set[str]) -> list[dict]:
    problems = []
    for s in units:
        n = len(words(s))
        if n > MAX_SENTENCE_WORDS:
            problems.append({"rule": "sentence-length", "detail": f"{n} words (at most {MAX_SENTENCE_WORDS})", "text": s})
        hit = passive(s)
        if hit and normal(s) not in passive_ok:
            problems.append({"rule": "passive", "detail": hit, "text": s})
        for w in long_words(s, long_ok):
            problems.append({"rule": "long-word", "detail": f"{w} ({len(w)} letters)", "text": s})
    return problems


# ---- Fluent messages --------------------------------------------------------------------------------------


def ftl_messages(path: Path) -> list[tuple[str, str]]:
    """(id, text) for each message and attribute: `id = text` plus indented continuation lines. Placeables
    become "X"; in a select expression each variant is kept as its own text."""
    messages: list[tuple[str, list[str]]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$", raw)
        if m and not raw[0].isspace():
            messages.append((m.group(1), [m.group(2)]))
        elif raw[0].isspace() and messages:
            line = raw.strip()
            attr = re.match(r"^\.([\w-]+)\s*=\s*(.*)$", line)
            if attr:
                messages.append((f"{messages[-1][0].split('.')[0]}.{attr.group(1)}", [attr.group(2)]))
            else:
                messages[-1][1].append(line)
    result = []
    for mid, lines in messages:
        text = " ".join(lines)
        # Variants of a select expression: `[one] text` / `*[other] text` become separate sentences.
        text = re.sub(r"\{[^{}]*->", " ", text)
        text = re.sub(r"\*?\[[\w-]+\]\s*", " | ", text)
        for _ in range(3):
            text = re.sub(r"\{[^{}]*\}", "X", text)
        text = text.replace("}", " ")
        for variant in text.split(" | "):
            if variant.strip():
                result.append((mid, variant.strip()))
    return result


def check_messages(locales: Path, passive_ok: dict[str, str], long_ok: set[str]) -> list[dict]:
    problems = []
    for path in sorted((locales / "nl").glob("*.ftl")):
        if path.name in NOT_RESIDENT_FACING:
            continue
        for mid, text in ftl_messages(path):
            for p in check_sentences(sentences(text), passive_ok, long_ok):
                problems.append({"file": f"{path.parent.name}/{path.name}", "id": mid, **p})
    return problems


def check_other_messages(locales: Path, lang: str) -> list[dict]:
    """The sentence length of the resident-facing messages in locales/<lang> (staff files hold English text in
    the other languages' folders, and staff pages are never shown in them)."""
    folder = locales / lang
    files = sorted(folder.glob("*.ftl"))
    if not files:
        return [{"file": f"{lang}/", "id": "-", "rule": "missing", "detail": f"no messages in {folder}", "text": ""}]
    problems = []
    for path in files:
        if path.name in NOT_RESIDENT_FACING:
            continue
        for mid, text in ftl_messages(path):
            for p in check_length_only(sentences(text, lang), lang):
                problems.append({"file": f"{lang}/{path.name}", "id": mid, **p})
    return problems


# ---- Pages ------------------------------------------------------------------------------------------------


def jargon_pattern(term: str) -> re.Pattern:
    # Not inside a code such as a case number (WMO-2026-0042).
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?:en|s|n|'s)?(?!\w|-\d)", re.I)


def is_staff_page(url: str) -> bool:
    """A page under /medewerker: for staff, not for residents."""
    path = urlsplit(url).path if "://" in url else url
    return bool(STAFF_PATH.match(path))


def check_other_page(page: dict, lang: str) -> dict:
    """A page in a language other than Dutch: the sentence length only."""
    units = [s for line in page["lines"] for s in sentences(line, lang)]
    counts = [len(words(s, lang)) for s in units]
    average = sum(counts) / len(units) if units else 0.0
    return {"flesch": None, "words": sum(counts), "sentences": len(units), "average": round(average, 1), "problems": check_length_only(units, lang)}


def check_page(page: dict, jargon: list[str], passive_ok: dict[str, str], long_ok: set[str]) -> dict:
    units = [s for line in page["lines"] for s in sentences(line)]
    counts = [len(words(s)) for s in units]
    total = sum(counts)
    average = total / len(units) if units else 0.0
    problems = check_sentences(units, passive_ok, long_ok)
    if units and average >= MAX_AVERAGE_WORDS:
        problems.append({"rule": "average-sentence-length", "detail": f"{average:.1f} words per sentence (below {MAX_AVERAGE_WORDS})", "text": ""})
    text = "\n".join(page["lines"])
    explained = " ".join(e["text"] for e in page.get("explanations", []))
    for term in jargon:
        pat = jargon_pattern(term)
        found = pat.search(text)
        if found and not pat.search(explained):
            problems.append({"rule": "jargon", "detail": f"{found.group(0)} is not explained (details, dfn, abbr title or a link to the glossary)", "text": next((s for s in units if pat.search(s)), "")})
    # Flesch-Douma over prose: sentences of 3 or more words (headings like "Telefoon" are labels, and
    # textstat ignores them in its sentence count while still counting their words).
    prose = [s if re.search(r"[.!?]$", s) else s + "." for s in units if len(words(s)) >= 3]
    prose_words = sum(len(words(s)) for s in prose)
    flesch = round(textstat.flesch_reading_ease(" ".join(prose)), 1) if prose else None
    if flesch is not None and prose_words >= MIN_WORDS_FOR_FLESCH and flesch < MIN_FLESCH_DOUMA:
        problems.append({"rule": "readability", "detail": f"Flesch-Douma {flesch} (at least {MIN_FLESCH_DOUMA})", "text": ""})
    return {"flesch": flesch, "words": total, "sentences": len(units), "average": round(average, 1), "problems": problems}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locales", type=Path)
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--langs", default="", help="other languages, comma-separated: sentence length only")
    args = parser.parse_args()
    langs = [lang for lang in args.langs.split(",") if lang and lang != "nl"]
    textstat.set_lang("nl")  # Flesch-Douma constants and Dutch hyphenation for syllables
    passive_ok = read_passive_allowlist()
    long_ok = {w.lower() for w in read_list("lange-woorden.txt")}
    jargon = read_list("jargon.txt")
    report = {"messages": [], "pages": {}}
    if args.locales:
        report["messages"] = check_messages(args.locales, passive_ok, long_ok)
        for lang in langs:
            report["messages"] += check_other_messages(args.locales, lang)
    if args.pages:
        for page in json.loads(args.pages.read_text(encoding="utf-8")):
            if is_staff_page(page.get("url", "")):
                report["pages"][page["key"]] = {"flesch": None, "words": 0, "sentences": 0, "average": 0.0, "problems": [], "staff": True}
                continue
            lang = page.get("lang") or "nl"
            if lang == "nl":
                report["pages"][page["key"]] = check_page(page, jargon, passive_ok, long_ok)
            else:
                report["pages"][page["key"]] = check_other_page(page, lang)
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

"""The quote extractor's language data, read from ``languages/<code>/quotes.toml``.

Each section of the file becomes one field here: word sets for the token walks
(titles, stops, pronouns, ...) and compiled patterns for the words matched in running
text (cue verbs, ``according to``, scare markers).  Built once per language.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from articleparse.languages import Language
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["QuoteData", "quote_data", "SECTIONS"]

#: The sections of ``quotes.toml``; each may carry ``examples``.
SECTIONS = (
    "cues",
    "according_to",
    "complementizers",
    "pronouns",
    "pronoun_suffixes",
    "determiners",
    "titles",
    "abbreviations",
    "adverbs",
    "stops",
    "name_particles",
    "scare_markers",
    "elisions",
    "relatives",
)


@attrs.frozen
class QuoteData:
    """Everything language-specific that the quote rules read."""

    code: str
    cue_words: frozenset[str]
    #: Cue forms whose speaker is the subject of the sentence (`..., saying "..."`).
    participles: frozenset[str]
    #: Cue verbs that name or characterise (`called it a "disaster"`): a short quote
    #: a few words after one is the speaker's words, not a scare quote.
    naming: frozenset[str]
    #: Words that join a cue to an earlier verb of the same subject (`but called it "..."`).
    coordinators: frozenset[str]
    #: Words that may stand between a closing mark and its cue (`"...," demikian kata X`).
    cue_leads: frozenset[str]
    #: Endings of a word that opens a sentence with an adverbial phrase
    #: (`Speaking at a rally, Lee said`, `Asked about it, Lee said`).
    opener_endings: tuple[str, ...]
    #: Endings of a word that ends a common-noun speaker phrase when it follows a
    #: lower-case noun (`the ad targets ...`, `the music seemed ...`): a verb.
    verb_endings: tuple[str, ...]
    #: Endings of a possessive word: a cue word right after one is a noun
    #: (`the FBI's report`, `Trump’s remarks`), not a verb.
    possessive_endings: tuple[str, ...]
    #: Endings and prefixes of a lower-case word that reads as a verb, so it does not
    #: join two capitalised words into one speaker phrase (`Lee attacked Clinton`,
    #: `Irma membacakan sambutan Wihaji`), unlike `Sanders campaign manager Jeff Weaver`.
    bridge_verb_endings: tuple[str, ...]
    bridge_verb_prefixes: tuple[str, ...]
    #: Relative pronouns between a speaker and a cue (`Lee, who said "..."`).
    relatives: frozenset[str]
    #: First words of the cue verbs and ``according to`` markers: a word scan finds
    #: candidates by set look-up, and only those are matched against the patterns.
    cue_first: frozenset[str]
    according_first: frozenset[str]
    #: Whether those first words and the pronoun suffixes are all letters and digits:
    #: then a part of the text holds a marker word wherever it stands clean there.
    plain_markers: bool
    #: The one-word ``according to`` markers (`Menurut`): never the first word of a name.
    according_words: frozenset[str]
    #: The cue forms by first word, each as its words, longest first (a cue is read at
    #: a candidate word by comparing words, not by running a pattern there).
    # Abstract types, not dict/list/frozenset: a compiled build (setup.py) would check
    # the attrs.field(...) value of the class body against a concrete annotation.
    cue_forms: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(eq=False)
    #: The ``according to`` markers by first word, each as its words (a cheap test
    #: of the words after a candidate before the pattern runs there).
    according_forms: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(eq=False)
    #: A cue verb, optionally carrying a pronoun suffix (group ``suffix``).
    cue: SafePattern
    #: ``according to``, followed by the speaker.
    according_to: SafePattern
    #: A scare marker ending right where a quote mark starts (lower-cased text).
    scare: SafePattern
    #: The scare markers, lower-cased, as word tuples (read back from a quote mark).
    scare_words: frozenset[tuple[str, ...]]
    scare_max_words: int
    #: The last word of each scare marker (most quote marks follow none of them).
    scare_last: frozenset[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    resolvable_pronouns: frozenset[str]
    #: Demonstratives that close a descriptor pointing back to a person named before
    #: (`ujar politikus itu ini`): the phrase is resolved like a pronoun.
    demonstratives: frozenset[str]
    #: Whether a pronoun resolves first to the named subject of the sentence before
    #: the quote: reliable where only names are capitalised inside a sentence and
    #: sentence openers are few (English); not in Indonesian (`Bank tetap ...`).
    resolve_to_subject: bool
    #: Whether a short piece (``SHORT_WORDS`` or fewer) that ends with no speaker at
    #: all is dropped: in Indonesian news such a piece is almost always a label, a
    #: title or a scare quote (`bentuk "pemersatu bangsa".`, `status "Ya/Tidak"`).
    short_needs_speaker: bool
    pronoun_suffixes: tuple[str, ...]
    determiners: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    title_max_words: int
    #: The first word of each title: a token that is none of them opens no title.
    title_first: frozenset[str]
    #: The titles of one word, as words (a set look-up without building a tuple).
    single_titles: frozenset[str]
    #: Words that make a speaker phrase an office (`Product Manager Acme`), one a word.
    offices: frozenset[str]
    #: The one-word titles and the office words together: a word that is either.
    office_words: frozenset[str]
    #: Words that join two parts of one office (`Menteri Pariwisata dan Olahraga X`).
    office_joiners: frozenset[str]
    #: Words naming a body, a portfolio or a kind of place, never part of a person's
    #: name (`Pertanian`, `Kota`, `Universitas`): in an office phrase the name follows
    #: the last of them (`Menteri Pertanian Budi`).
    institutions: frozenset[str]
    #: Prepositions of place (`di`): a word after one names a place, not a person.
    place_prepositions: frozenset[str]
    #: Academic degrees written after a name (`Budi Santoso, M.Si`), without their
    #: full stops: never a name of their own.
    degrees: frozenset[str]
    abbreviations: frozenset[str]
    adverbs: frozenset[str]
    stops: frozenset[str]
    #: Stops and adverbs, lower-cased: a capitalised one opens a sentence (`Later`).
    openers: frozenset[str]
    name_particles: frozenset[str]
    #: Which word of a person's full name the text uses alone for them later
    #: (`"last"`: the surname, `"any"`; `""`: none read): ``kata Joko`` after
    #: ``Joko Santoso``.
    short_name_part: str
    elisions: frozenset[str]
    #: Prepositions that close a short heading line before a quoted title ending it
    #: (`12 thoughts on "..."`): a comment section's heading, no quote.
    heading_prepositions: frozenset[str] = frozenset()
    #: Verb forms no ending marks (irregular past forms, auxiliaries, negations): one
    #: after the noun of a common-noun speaker phrase ends it (`his office put`).
    phrase_verbs: frozenset[str] = frozenset()


def _words(lang: Language, section: str, key: str = "words") -> tuple[str, ...]:
    node = lang.concern("quotes").get(section, {})
    if not isinstance(node, dict):
        return ()
    return tuple(str(w) for w in node.get(key, ()))


@functools.cache
def _build(lang: Language) -> QuoteData:
    code = lang.code
    cues = _words(lang, "cues")
    suffixes = _words(lang, "pronoun_suffixes")
    suffix_alt = alternation(suffixes)
    # (?<![\w-]) keeps `so-called` from reading as the cue `called`.
    cue = compile_pattern(
        f"quotes.{code}.cue",
        rf"""
        \b                              # a word start (callers skip `so-called`)
        (?P<verb>{alternation(cues)})   # the cue verb, as listed
        (?P<suffix>{suffix_alt})?+      # a pronoun suffix (ujar-nya) where the language has one
        (?![\w\-])                      # whole word
        """,
    )
    according = compile_pattern(
        f"quotes.{code}.according_to",
        rf"""
        (?<![\w\-])
        {alternation(_words(lang, "according_to"))}
        (?!\w)
        \s*+,?+\s*+                     # `according to X`, `menurut X`
        """,
    )
    # Matched against the lower-cased stretch before a quote mark (no IGNORECASE:
    # full case folding of a long alternation is slow on hostile input).
    scare = compile_pattern(
        f"quotes.{code}.scare",
        rf"""
        (?<![\w\-])
        {alternation(w.lower() for w in _words(lang, "scare_markers"))}
        [\s,:]{{0,3}}+                  # then only spaces before the quote mark
        \Z
        """,
    )
    titles = frozenset(tuple(t.split()) for t in _words(lang, "titles"))
    cue_first = frozenset(c.split()[0] for c in cues if c.strip())
    according_first = frozenset(a.split()[0] for a in _words(lang, "according_to") if a.strip())
    forms: dict[str, list[tuple[str, ...]]] = {}
    for c in sorted({c for c in cues if c.strip()}, key=lambda c: (-len(c), c)):
        forms.setdefault(c.split()[0], []).append(tuple(c.split()))
    according_forms: dict[str, list[tuple[str, ...]]] = {}
    for a in _words(lang, "according_to"):
        if a.strip():
            according_forms.setdefault(a.split()[0], []).append(tuple(a.split()))
    scare_words = frozenset(tuple(w.lower().split()) for w in _words(lang, "scare_markers") if w.strip())
    return QuoteData(
        code=code,
        cue_words=frozenset(cues),
        participles=frozenset(_words(lang, "cues", "participles")),
        relatives=frozenset(_words(lang, "relatives")),
        coordinators=frozenset(_words(lang, "cues", "coordinators")),
        cue_leads=frozenset(_words(lang, "cues", "leads")),
        naming=frozenset(_words(lang, "cues", "naming")),
        opener_endings=_words(lang, "stops", "opener_endings"),
        verb_endings=_words(lang, "determiners", "verb_endings"),
        possessive_endings=_words(lang, "determiners", "possessive_endings"),
        bridge_verb_endings=_words(lang, "name_particles", "verb_endings"),
        bridge_verb_prefixes=_words(lang, "name_particles", "verb_prefixes"),
        cue_first=cue_first,
        according_first=according_first,
        plain_markers=all(w.isalnum() for w in (*cue_first, *according_first, *suffixes)),
        according_words=frozenset(a for a in _words(lang, "according_to") if len(a.split()) == 1),
        cue_forms={k: tuple(v) for k, v in forms.items()},
        according_forms={k: tuple(v) for k, v in according_forms.items()},
        cue=cue,
        according_to=according,
        scare=scare,
        scare_words=scare_words,
        scare_max_words=max((len(w) for w in scare_words), default=0),
        scare_last=frozenset(w[-1] for w in scare_words),
        complementizers=frozenset(_words(lang, "complementizers")),
        pronouns=frozenset(_words(lang, "pronouns")),
        resolvable_pronouns=frozenset(_words(lang, "pronouns", "resolve")),
        demonstratives=frozenset(_words(lang, "pronouns", "demonstratives")),
        resolve_to_subject=bool(lang.concern("quotes").get("pronouns", {}).get("resolve_to_subject", False)),
        short_needs_speaker=bool(lang.concern("quotes").get("scare_markers", {}).get("short_needs_speaker", False)),
        pronoun_suffixes=suffixes,
        determiners=frozenset(_words(lang, "determiners")),
        titles=titles,
        title_max_words=max((len(t) for t in titles), default=0),
        title_first=frozenset(t[0] for t in titles if t),
        single_titles=frozenset(t[0] for t in titles if len(t) == 1),
        offices=frozenset(_words(lang, "titles", "offices")),
        office_words=frozenset(t[0] for t in titles if len(t) == 1) | frozenset(_words(lang, "titles", "offices")),
        office_joiners=frozenset(_words(lang, "titles", "office_joiners")),
        institutions=frozenset(_words(lang, "titles", "institutions")),
        place_prepositions=frozenset(_words(lang, "titles", "place_prepositions")),
        degrees=frozenset(d.replace(".", "") for d in lang.words("credits", "names.degrees")),
        abbreviations=frozenset(_words(lang, "abbreviations")),
        adverbs=frozenset(_words(lang, "adverbs")),
        stops=frozenset(_words(lang, "stops")),
        openers=frozenset(w.lower() for w in _words(lang, "stops") + _words(lang, "adverbs")),
        name_particles=frozenset(_words(lang, "name_particles")),
        short_name_part=str(lang.concern("quotes").get("name_particles", {}).get("short_name_part", "")),
        elisions=frozenset(_words(lang, "elisions")),
        heading_prepositions=frozenset(_words(lang, "scare_markers", "heading_prepositions")),
        phrase_verbs=frozenset(_words(lang, "determiners", "verbs")),
    )


def quote_data(lang: Language) -> QuoteData:
    """The quote data of ``lang``, built on first use and cached."""
    return _build(lang)

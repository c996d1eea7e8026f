"""Build bench/extract_gold/articles.jsonl: 40 hand-written news articles with gold quotes.

    cd /work/main && /work/venv/bin/python bench/extract_gold/build.py

All articles are written from scratch for this benchmark (people, clubs, companies and most
organisations are fictional; real places and a few real public bodies appear only as setting).
Offsets are computed here, never typed by hand: each gold quote is given as its text, located with
str.find, and checked (text[start:end] == quote, an opening mark right before it, a closing mark or
a paragraph end right after it). Every opening quote mark in every article must be accounted for
by a gold quote, a `not_quotes` entry or an `ignore` entry, so no quotation is left unannotated.

Annotation conventions
----------------------
- span: exactly the characters between the opening and the closing mark. Punctuation inside the
  marks is included ("We will act," -> `We will act,`); whitespace next to the marks (French
  non-breaking spaces) is excluded.
- a quote that runs over several paragraphs (each paragraph reopens the mark, only the last one
  closes it) is annotated as one quote per paragraph, each with the same speaker; an unclosed
  paragraph's span ends at its last non-space character.
- a split quote ("We will act," she said, "and soon.") is two quotes.
- kind: `direct` = a quoted statement (a sentence or clause presented as what was said, including
  colon-introduced, "selon X, « ... »" and split quotes); `partial` = a few quoted words embedded in
  the writer's own sentence (called the plan "a ...", said it was "...", s'est dit « ... »).
- speaker: canonical full name as first introduced, without titles (Gov. Jane Doe -> Jane Doe),
  also when the attribution says "he", "the governor", the surname or a role; an organisation is
  named as written, without article, in its fullest form in the article ("the Interior Ministry",
  later "the ministry" -> "Interior Ministry"); an unnamed spokesperson of an organisation -> the
  organisation; a named spokesperson -> the person; a court ruling / statement -> its issuer.
- broken marks (machine translation, scraping): when a mark is missing, the span is the quoted
  words the missing mark would have enclosed, ending at the last word (the comma before ", the
  minister said" is excluded, since no mark puts it inside); such quotes carry a `note`.
- not_quotes: text in quote marks that is not a quotation: titles of books/films/shows, names of
  operations, programmes, groups and products, nicknames, so-called terms, words mentioned as
  words, scare quotes, and quoted headlines/ticker items/buttons in page furniture.
- ignore: a quote nested inside another quote (a speaker quoting someone else): neither required
  nor penalised.

Each output line: id, style, lang, text, quotes [{text, start, end, kind, speaker, note?}],
not_quotes [text], not_quote_spans [[start, end]], ignore [{text, start, end}], words.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "articles.jsonl"

MARKS = set("\"'“”‘’«»„‚‹›")
SPACES = " \t\u00a0\u202f\u2009"
NBSP, NNBSP = "\u00a0", "\u202f"

ARTICLES: list[dict] = []


def Q(text, kind, speaker, occ=None, broken=False, note=None):
    """A gold quote. occ: index among all occurrences of text (only when ambiguous)."""
    assert kind in ("direct", "partial"), kind
    return dict(text=text, kind=kind, speaker=speaker, occ=occ, broken=broken, note=note)


def french(sp=NBSP):
    """French typography: spaces inside guillemets and before high punctuation are non-breaking."""
    def tf(s: str) -> str:
        s = s.replace("« ", "«" + sp).replace(" »", sp + "»")
        for ch in ":;!?%":
            s = s.replace(" " + ch, NNBSP + ch)
        return s
    return tf


def plain(s: str) -> str:
    return s


def art(id, style, lang, text, quotes, not_quotes=(), ignore=(), sep="\n\n", tf=plain,
        open_marks=None):
    """Register an article. text is written with blank lines between paragraphs; sep joins them
    (sep=None keeps the text's own line breaks).

    open_marks: characters that open a quotation in this article (for the completeness check);
    straight " and ' are handled by position.
    """
    if sep is None:  # keep the lines exactly as written (scraped pages)
        body = tf(text.strip("\n"))
    else:
        paras = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip("\n"))]
        body = tf(sep.join(paras))
    ARTICLES.append(dict(id=id, style=style, lang=lang, text=body,
                         quotes=[dict(q, text=tf(q["text"])) for q in quotes],
                         not_quotes=[tf(n) for n in not_quotes], ignore=[tf(i) for i in ignore],
                         open_marks=open_marks))


def _prev_char(text, i):
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return text[j] if j >= 0 else ""


def _next_char(text, i):
    j = i
    while j < len(text) and text[j] in SPACES:
        j += 1
    return text[j] if j < len(text) else "\n"


def _occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _locate(a, sub, occ, broken, what):
    text = a["text"]
    occs = _occurrences(text, sub)
    if not occs:
        raise SystemExit(f"{a['id']}: {what} not found: {sub!r}")
    if occ is not None:
        return occs[occ]
    marked = [i for i in occs if _prev_char(text, i) in MARKS]
    if broken:
        marked = marked or occs
    if len(marked) != 1:
        raise SystemExit(f"{a['id']}: {what} {sub!r}: {len(marked)} marked occurrences "
                         f"(of {len(occs)}); give occ=")
    return marked[0]


def _opening_positions(a):
    """Positions of marks that open a quotation, by a reader's rule of thumb."""
    text = a["text"]
    opens = set(a["open_marks"] or "“«„‘")
    out = []
    for i, ch in enumerate(text):
        if ch not in opens and ch not in "\"'":
            continue
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        prv = text[i - 1] if i else "\n"
        if nxt in " \t\n,.;:!?)":
            continue
        if ch in "\"'" and prv.isalnum():
            continue
        out.append(i)
    return out


def build():
    rows = []
    for a in ARTICLES:
        text = a["text"]
        quotes = []
        for q in a["quotes"]:
            s = _locate(a, q["text"], q["occ"], q["broken"], "quote")
            e = s + len(q["text"])
            assert text[s:e] == q["text"]
            assert text[s] not in SPACES and text[e - 1] not in SPACES, q["text"]
            if not q["broken"]:
                assert _prev_char(text, s) in MARKS, (a["id"], q["text"], _prev_char(text, s))
                nc = _next_char(text, e)
                assert nc in MARKS or nc == "\n", (a["id"], q["text"], nc)
            row = dict(text=q["text"], start=s, end=e, kind=q["kind"], speaker=q["speaker"])
            if q["note"]:
                row["note"] = q["note"]
            quotes.append(row)
        quotes.sort(key=lambda r: r["start"])
        for x, y in zip(quotes, quotes[1:]):
            assert x["end"] <= y["start"], (a["id"], x["text"], y["text"])
        nq_spans = []
        for n in a["not_quotes"]:
            spans = [(i, i + len(n)) for i in _occurrences(text, n) if _prev_char(text, i) in MARKS]
            if not spans:
                raise SystemExit(f"{a['id']}: not_quote not found after a mark: {n!r}")
            nq_spans.extend(spans)
        ignore = []
        for n in a["ignore"]:
            i = _locate(a, n, None, False, "ignore")
            ignore.append(dict(text=n, start=i, end=i + len(n)))
        starts = ({q["start"] for q in quotes} | {s for s, _ in nq_spans}
                  | {g["start"] for g in ignore})
        for p in _opening_positions(a):
            j = p + 1
            while j < len(text) and text[j] in SPACES:
                j += 1
            if j not in starts:
                raise SystemExit(f"{a['id']}: opening mark at {p} not annotated: "
                                 f"{text[max(0, p - 40):p + 60]!r}")
        words = len(re.findall(r"\w+", text))
        if not 150 <= words <= 600:
            raise SystemExit(f"{a['id']}: {words} words")
        rows.append(dict(id=a["id"], style=a["style"], lang=a["lang"], text=text, quotes=quotes,
                         not_quotes=list(a["not_quotes"]), not_quote_spans=sorted(nq_spans),
                         ignore=ignore, words=words))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    return rows


# ---------------------------------------------------------------------------------------------
# US wire style (12)
# ---------------------------------------------------------------------------------------------

art("us-01-budget", "us-wire", "en", """
SACRAMENTO, Calif. (AP) — Gov. Maria Alvarez signed a $312 billion state budget on Tuesday that closes a projected deficit by delaying road projects and drawing down the state's so-called "rainy day fund," a move Republicans warned would leave California exposed in the next recession.

"This budget protects the things Californians told us matter most: their schools, their clinics and their paychecks," Alvarez said at a signing ceremony in the Capitol. "We did not balance it on the backs of working families."

The governor acknowledged that the plan was not painless. She said delaying 41 highway projects was "the least bad option on the table" and promised to restore the money once revenues recover.

State Sen. Thomas Reed, the ranking Republican on the budget committee, called the reserve withdrawal "a raid dressed up as prudence."

"We spent ten years building that cushion," Reed said. "Now we're spending it in a year when the economy is growing. What happens when it isn't?

"I've seen this movie before, and I know how it ends."

Reed, who voted against the budget, said he would introduce a bill requiring a two-thirds vote for future withdrawals. He conceded it had little chance of passing in the Democratic-controlled Legislature.

Alvarez's finance director, Keisha Monroe, told reporters the fund would still hold about $11 billion after the transfer. "We are not emptying the account," Monroe said. "We are using it for exactly what it was designed for."

The budget also includes $2.1 billion for wildfire prevention and a pilot program, dubbed "Roads Forward," that lets counties borrow against future gas tax revenue.

Asked whether she would consider raising taxes next year, Alvarez said, "Nothing is off the table, and nothing is on it yet."
""", [
    Q("This budget protects the things Californians told us matter most: their schools, their clinics and their paychecks,", "direct", "Maria Alvarez"),
    Q("We did not balance it on the backs of working families.", "direct", "Maria Alvarez"),
    Q("the least bad option on the table", "partial", "Maria Alvarez"),
    Q("a raid dressed up as prudence.", "partial", "Thomas Reed"),
    Q("We spent ten years building that cushion,", "direct", "Thomas Reed"),
    Q("Now we're spending it in a year when the economy is growing. What happens when it isn't?", "direct", "Thomas Reed", note="first paragraph of a two-paragraph quote (not closed)"),
    Q("I've seen this movie before, and I know how it ends.", "direct", "Thomas Reed", note="continuation paragraph, no attribution"),
    Q("We are not emptying the account,", "direct", "Keisha Monroe"),
    Q("We are using it for exactly what it was designed for.", "direct", "Keisha Monroe"),
    Q("Nothing is off the table, and nothing is on it yet.", "direct", "Maria Alvarez"),
], not_quotes=["rainy day fund,", "Roads Forward,"])

art("us-02-barges", "us-wire", "en", """
SEATTLE, May 14 (Reuters) - Harbor Freightways Inc, the largest operator of container barges on the West Coast, said on Wednesday it would cut about 900 jobs and close two terminals after first-quarter volumes fell 18%.

Chief Executive Dana Whitfield said the company had been hit by a slowdown in imports from Asia and by higher fuel costs. “We have been running terminals for a market that no longer exists,” she told analysts on a conference call. “Pretending otherwise would be the real risk to this company.”

Shares of Harbor Freightways fell 6.2% to $41.18 in afternoon trading.

The company’s chief executive declined to say whether more closures were planned, but said the board had approved a review of what she called “non-core” rail assets. The company “continues to evaluate strategic options for its rail business,” according to a regulatory filing.

The Pacific Dockworkers Union said in a statement that it had not been consulted. “Nine hundred families found out about this from a press release,” the statement said. “That is not how a responsible employer behaves.”

Analyst Marcus Bell of Redwater Securities said the cuts were overdue. “The terminals in Tacoma and Stockton were losing money every single quarter,” Bell said, adding that investors would focus on whether the company could hold its dividend.

Whitfield said the dividend was “safe for this year,” without committing to 2026.

Harbor Freightways reported a net loss of $63 million, or 52 cents per share, compared with a profit of $24 million a year earlier. Revenue dropped to $1.1 billion.

The company said it expected the restructuring to cost $140 million, mostly in severance, and to save about $210 million a year from 2026.

(Reporting by Lena Ortiz in Seattle; Editing by Paul Grant)
""", [
    Q("We have been running terminals for a market that no longer exists,", "direct", "Dana Whitfield"),
    Q("Pretending otherwise would be the real risk to this company.", "direct", "Dana Whitfield"),
    Q("non-core", "partial", "Dana Whitfield"),
    Q("continues to evaluate strategic options for its rail business,", "partial", "Harbor Freightways", note="the company's words, 'according to a regulatory filing'"),
    Q("Nine hundred families found out about this from a press release,", "direct", "Pacific Dockworkers Union", note="'the statement said'"),
    Q("That is not how a responsible employer behaves.", "direct", "Pacific Dockworkers Union"),
    Q("The terminals in Tacoma and Stockton were losing money every single quarter,", "direct", "Marcus Bell"),
    Q("safe for this year,", "partial", "Dana Whitfield"),
])

art("us-03-sentencing", "us-wire", "en", """
NEWARK, N.J. (AP) — A federal judge on Thursday sentenced Anthony Russo, the former union boss known around the docks as "Big Tony," to 11 years in prison for running a kickback scheme that prosecutors said siphoned $4.7 million from workers' pension funds.

U.S. District Judge Eleanor Pratt said Russo had betrayed the people he was elected to protect. "You treated their retirement savings as your personal bank account," Pratt told him before announcing the sentence. "Every dollar you took was a dollar a widow will not see."

Russo, 63, stood with his hands folded and did not react. When given the chance to speak, he apologized to his family but not to the union members. "I made mistakes, and I'm going to pay for them," he said.

Assistant U.S. Attorney Rachel Kim had asked for 14 years. She told the court that Russo had shown "not one ounce of remorse" and that he had tried to intimidate a witness during the investigation.

His lawyer, Victor Hale, argued that his client's health was failing and that a shorter sentence would be "a death sentence anyway." Hale said outside the courthouse that he planned to appeal.

"The government built this case on the word of two men who cut deals to save themselves," Hale said. "The jury didn't hear the whole story, and an appeals court will."

The scheme came to light in 2021 after a former bookkeeper, Dolores Vance, went to the FBI. Vance later described the experience in a memoir, "Ledger Lines," published last year.

Kim said after the hearing that Vance's courage had made the case possible. "She walked into that office with a shoebox of receipts and changed everything," the prosecutor said.

Pratt also ordered Russo to pay $4.7 million in restitution. He must report to prison by Sept. 1.
""", [
    Q("You treated their retirement savings as your personal bank account,", "direct", "Eleanor Pratt"),
    Q("Every dollar you took was a dollar a widow will not see.", "direct", "Eleanor Pratt"),
    Q("I made mistakes, and I'm going to pay for them,", "direct", "Anthony Russo"),
    Q("not one ounce of remorse", "partial", "Rachel Kim"),
    Q("a death sentence anyway.", "partial", "Victor Hale"),
    Q("The government built this case on the word of two men who cut deals to save themselves,", "direct", "Victor Hale"),
    Q("The jury didn't hear the whole story, and an appeals court will.", "direct", "Victor Hale"),
    Q("She walked into that office with a shoebox of receipts and changed everything,", "direct", "Rachel Kim", note="'the prosecutor said'"),
], not_quotes=["Big Tony,", "Ledger Lines,"])

art("us-04-coach", "us-wire", "en", """
PORTLAND, Ore. (AP) — The Portland Thorns fired coach Graham Ellison on Monday, two days after a 4-0 home loss to San Diego left the two-time champions in last place in the National Women’s Soccer League.

General manager Alicia Moreno said the decision was made after a meeting with the club’s owners on Sunday night. “Graham gave everything to this club, and nobody doubts his commitment,” Moreno said in a statement. “But results matter, and we have run out of time to wait for them.”

The 45-year-old coach, who took over in December 2023, had a record of 9-14-6. He was not available for comment, but posted a short message on social media thanking the players and the fans, whom he called “the best in the world.”

Assistant coach Nadia Brandt will take over on an interim basis. She played six seasons in Portland before retiring in 2019.

Captain Sophie Lindqvist said the locker room was stunned. “We’re the ones on the field. We’re the ones who lost those games,” Lindqvist said after training. “It’s not fair that one person pays for that.”

She added that the players would rally behind Brandt. “Nadia knows this club inside out,” she said. “If anyone can turn this around, it’s her.”

The Thorns, whose fans have taken to calling the team “the Wilted Roses” this season, have scored just 19 goals in 29 matches. Portland hosts Orlando on Saturday.

Moreno said a permanent coach would be named “before the end of the year,” and that the club would look at candidates in Europe as well as the U.S.
""", [
    Q("Graham gave everything to this club, and nobody doubts his commitment,", "direct", "Alicia Moreno"),
    Q("But results matter, and we have run out of time to wait for them.", "direct", "Alicia Moreno"),
    Q("the best in the world.", "partial", "Graham Ellison"),
    Q("We’re the ones on the field. We’re the ones who lost those games,", "direct", "Sophie Lindqvist"),
    Q("It’s not fair that one person pays for that.", "direct", "Sophie Lindqvist"),
    Q("Nadia knows this club inside out,", "direct", "Sophie Lindqvist"),
    Q("If anyone can turn this around, it’s her.", "direct", "Sophie Lindqvist"),
    Q("before the end of the year,", "partial", "Alicia Moreno"),
], not_quotes=["the Wilted Roses"])

art("us-05-gene-therapy", "us-wire", "en", """
(Reuters) - A gene therapy for a rare form of inherited blindness restored partial sight in 11 of 14 children in an early-stage trial, researchers reported on Wednesday, though they cautioned that the results needed to be confirmed in larger studies.

The children, aged 4 to 12, were all born with mutations in the CNGB3 gene, which leaves them unable to see color and highly sensitive to light. Six months after a single injection, most could read two or more additional lines on an eye chart, according to the study, published in the journal Pediatric Retina.

"Some of these kids had never been able to play outside on a sunny day without squinting in pain," said Dr. Hema Raghavan, the study's lead author and a pediatric ophthalmologist at the Westbrook Eye Institute in London. "Their parents tell us that has changed."

Raghavan said the team did not yet know how long the effect would last. "We'll be following them for at least five years," she said, "and honestly, we don't know what we'll see."

The therapy was developed by Luminar Bio, a Boston-based startup. The company said in a statement that it planned to begin a late-stage trial next year and was "committed to making the therapy available to every eligible child."

Three children had mild inflammation in the treated eye, which cleared up with steroid drops, the researchers said.

Dr. Paul Okafor, a retinal specialist at Harlow University Medical Center who was not involved in the study, called the findings "genuinely encouraging" but said the trial was too small to draw firm conclusions. "Eleven kids is a start," he said. "It isn't proof."

The U.S. Food and Drug Administration has approved only one gene therapy for an inherited eye disease so far. An FDA spokesperson said the agency does not comment on products under development.
""", [
    Q("Some of these kids had never been able to play outside on a sunny day without squinting in pain,", "direct", "Hema Raghavan", note="speaker after the cue: 'said Dr. Hema Raghavan, the study's lead author'"),
    Q("Their parents tell us that has changed.", "direct", "Hema Raghavan"),
    Q("We'll be following them for at least five years,", "direct", "Hema Raghavan"),
    Q("and honestly, we don't know what we'll see.", "direct", "Hema Raghavan", note="second half of a split quote"),
    Q("committed to making the therapy available to every eligible child.", "partial", "Luminar Bio"),
    Q("genuinely encouraging", "partial", "Paul Okafor"),
    Q("Eleven kids is a start,", "direct", "Paul Okafor"),
    Q("It isn't proof.", "direct", "Paul Okafor"),
])

art("us-06-drones", "us-wire", "en", """
KYIV, Ukraine (AP) — Russian drones struck an energy facility in the central Poltava region overnight, cutting power to about 40,000 homes, the Ukrainian Energy Ministry said Saturday.

The ministry said in a Telegram post that repair crews were working to restore electricity but warned that outages could last “at least two days.” It said no one was killed.

Regional Gov. Oleksandr Hrytsenko said the attack involved more than 30 drones, most of which were shot down. “Our air defenses did their job, but it only takes one to get through,” Hrytsenko said. “People should charge their phones and keep water at home.”

The Russian Defense Ministry said its forces had hit “military-industrial targets” in Ukraine but did not mention Poltava. Moscow has repeatedly denied targeting civilian infrastructure.

In the village of Kozelshchyna, Halyna Petrenko, 71, said she had spent the night in her cellar. “I heard the first one at two in the morning and didn’t sleep after that,” she said. “My grandson called from Kharkiv to check on me. He’s the one at the front, and he’s worried about me!”

Ihor Dovhan, an adviser to the energy minister, said Ukraine needed more air defense systems from its allies before winter.

“Every system that arrives in October instead of January means fewer dark apartments, fewer frozen pipes, fewer people in hospital,” Dovhan said.

“We have said this to our partners many times. We will keep saying it.”

The strike came a day after Ukrainian forces launched a wave of drone attacks, code-named “Operation Long Night,” on Russian oil refineries.
""", [
    Q("at least two days.", "partial", "Ukrainian Energy Ministry"),
    Q("Our air defenses did their job, but it only takes one to get through,", "direct", "Oleksandr Hrytsenko"),
    Q("People should charge their phones and keep water at home.", "direct", "Oleksandr Hrytsenko"),
    Q("military-industrial targets", "partial", "Russian Defense Ministry"),
    Q("I heard the first one at two in the morning and didn’t sleep after that,", "direct", "Halyna Petrenko"),
    Q("My grandson called from Kharkiv to check on me. He’s the one at the front, and he’s worried about me!", "direct", "Halyna Petrenko"),
    Q("Every system that arrives in October instead of January means fewer dark apartments, fewer frozen pipes, fewer people in hospital,", "direct", "Ihor Dovhan"),
    Q("We have said this to our partners many times. We will keep saying it.", "direct", "Ihor Dovhan", note="new paragraph, no attribution: same speaker as the paragraph before"),
], not_quotes=["Operation Long Night,"])

art("us-07-zoning", "us-wire", "en", """
BURLINGTON, Vt. (AP) — After four hours of public comment, the Burlington City Council voted 7-5 early Tuesday to allow a 120-unit apartment building on the site of a former bowling alley on North Avenue, ending a two-year fight that divided the city's New North End.

Councilwoman Priya Desai, who represents the neighborhood, cast the deciding vote. She had opposed an earlier version of the project but said the developer had addressed her main concerns about traffic and parking.

"I listened to every email and every phone call," Desai said. "Some of my neighbors are going to be angry with me tonight, and I understand that. But we cannot keep telling young families there's no room for them here."

The developer, Lakeview Partners, agreed to set aside 30 units as affordable housing and to build a public walking path along the property's edge. In a statement, the company said it was "grateful to the council and to the neighbors who pushed us to make this a better project."

Opponents, organized under the banner "Save the Lanes," had argued the building was too tall for a street of mostly single-family homes. The group's founder, retired schoolteacher Walter Gibbs, said he was disappointed but not surprised.

"They had the votes before the meeting started," Gibbs said. "We were talking to a wall."

Mr. Gibbs said the group would consider an appeal to the state environmental court.

Council President Karen Liu, who voted with the majority, said the city had to balance competing interests. Her message to residents was blunt: "Housing is not optional. We either build it or we watch our kids move away."

Construction could begin next spring. The bowling alley, Northgate Lanes, closed in 2020.
""", [
    Q("I listened to every email and every phone call,", "direct", "Priya Desai"),
    Q("Some of my neighbors are going to be angry with me tonight, and I understand that. But we cannot keep telling young families there's no room for them here.", "direct", "Priya Desai"),
    Q("grateful to the council and to the neighbors who pushed us to make this a better project.", "partial", "Lakeview Partners"),
    Q("They had the votes before the meeting started,", "direct", "Walter Gibbs"),
    Q("We were talking to a wall.", "direct", "Walter Gibbs"),
    Q("Housing is not optional. We either build it or we watch our kids move away.", "direct", "Karen Liu", note="colon-introduced, no speech verb"),
], not_quotes=["Save the Lanes,"])

art("us-08-wildfire-bill", "us-wire", "en", """
WASHINGTON, March 3 (Reuters) - Senate negotiators reached a tentative deal on Monday to extend federal wildfire funding for two years, but a dispute over logging rules threatened to derail a vote planned for later this week.

Senator Ruth Calloway, the Montana Democrat who led the talks, said the agreement would provide $6 billion for firefighting crews and forest thinning. “This is the most money we have ever put into prevention instead of reaction,” Calloway told reporters outside the Senate chamber.

Republican Senator Dale Whitaker of Idaho, her lead negotiating partner, said he supported the package but wanted changes to environmental review requirements. “We can’t keep spending billions fighting fires,” Whitaker said, “while it takes seven years to get permission to clear a hillside.”

Calloway said she was open to “reasonable streamlining” but would not accept language that she said would let timber companies “clear-cut under the banner of fire safety.”

The senator has represented Montana since 2013 and faces re-election next year in a state that has trended Republican. “I’m not worried about my race,” she said. “I’m worried about the towns that are one dry August away from disappearing.”

Environmental groups were split. The Western Forests Alliance said in a statement that the bill’s logging provisions were “a Trojan horse.” The Mountain Watershed Trust, by contrast, called the deal “a serious, bipartisan step.”

Whitaker’s chief of staff, Ben Torres, said the two senators had spoken twice on Monday. “They like each other, and they both have constituents whose towns burned,” Torres said. “That helps.”

According to a draft seen by Reuters, the bill would also create a grant program for rural fire departments.

“I think we get there,” Whitaker said late Monday. “I wouldn’t have spent three months on this if I didn’t.”

(Reporting by Dan Mercer; Editing by Alison Hart)
""", [
    Q("This is the most money we have ever put into prevention instead of reaction,", "direct", "Ruth Calloway"),
    Q("We can’t keep spending billions fighting fires,", "direct", "Dale Whitaker"),
    Q("while it takes seven years to get permission to clear a hillside.", "direct", "Dale Whitaker", note="second half of a split quote"),
    Q("reasonable streamlining", "partial", "Ruth Calloway"),
    Q("clear-cut under the banner of fire safety.", "partial", "Ruth Calloway"),
    Q("I’m not worried about my race,", "direct", "Ruth Calloway", note="'she' after 'The senator' (Calloway); Whitaker is also a senator"),
    Q("I’m worried about the towns that are one dry August away from disappearing.", "direct", "Ruth Calloway"),
    Q("a Trojan horse.", "partial", "Western Forests Alliance"),
    Q("a serious, bipartisan step.", "partial", "Mountain Watershed Trust"),
    Q("They like each other, and they both have constituents whose towns burned,", "direct", "Ben Torres"),
    Q("That helps.", "direct", "Ben Torres"),
    Q("I think we get there,", "direct", "Dale Whitaker"),
    Q("I wouldn’t have spent three months on this if I didn’t.", "direct", "Dale Whitaker"),
])

art("us-09-streaming", "us-wire", "en", """
LOS ANGELES (AP) — Streaming service Brightline said Thursday it will raise the price of its ad-free plan by $3 a month, the second increase in 18 months, as it spends heavily on sports rights and a slate of big-budget films.

The company said in a letter to shareholders that the new price of $19.99 "reflects the value of a service that now carries live sports every night of the week." Subscribers on the cheaper, ad-supported tier will not see an increase, and the ad-free plan keeps its "unlimited" downloads feature, which in fact caps offline viewing at 25 titles.

Brightline added 2.4 million subscribers in the quarter, helped by the thriller "The Quiet Harbor," which the company said was the most-watched film in its history, and by the first season of its professional basketball package.

Chief executive Lorraine Cho defended the increase on a call with analysts. "People don't cancel a service they use every day," Cho said. "Our churn numbers tell us our members think we're worth it."

Cho also said Brightline would stop releasing viewership figures for individual shows, a practice critics had called misleading. Asked about a report that the company was in talks to buy a video game studio, the company's chief executive said: "We don't comment on rumors, but we are always looking."

Media analyst Jerome Patel of Hollis & Ward said the price increase was risky. "There is a ceiling somewhere," Patel said. "Nobody knows exactly where it is, but every company in this business is trying to find it without hitting their head."

The Screen Writers Collective, which has been at odds with Brightline over residual payments, said the company was "crying poor in negotiations and celebrating record profits in shareholder letters."

Brightline's shares rose 4% in after-hours trading.
""", [
    Q("reflects the value of a service that now carries live sports every night of the week.", "partial", "Brightline"),
    Q("People don't cancel a service they use every day,", "direct", "Lorraine Cho"),
    Q("Our churn numbers tell us our members think we're worth it.", "direct", "Lorraine Cho"),
    Q("We don't comment on rumors, but we are always looking.", "direct", "Lorraine Cho", note="'the company's chief executive said:'"),
    Q("There is a ceiling somewhere,", "direct", "Jerome Patel"),
    Q("Nobody knows exactly where it is, but every company in this business is trying to find it without hitting their head.", "direct", "Jerome Patel"),
    Q("crying poor in negotiations and celebrating record profits in shareholder letters.", "partial", "Screen Writers Collective"),
], not_quotes=["unlimited", "The Quiet Harbor,"])

art("us-10-police-shooting", "us-wire", "en", """
DENVER (AP) — A Denver police officer who shot a 19-year-old man during a traffic stop in February will not face criminal charges, the Denver District Attorney’s Office announced Friday.

District Attorney Monica Reyes said a review of body camera footage showed that Officer Kyle Brandt fired after the driver, Jamal Winters, reached toward a handgun on the passenger seat. Winters survived and is recovering.

“The law asks whether an officer reasonably believed his life was in danger at that moment,” Reyes said at a news conference. “Having watched that video dozens of times, I cannot say he did not.”

Winters’ mother, Tanya Winters, said the family was devastated by the decision. She said her son had been reaching for his wallet, not the gun, and that he had a permit for the weapon.

“They decided before they ever looked at the tape,” she said. “My son is alive by the grace of God, not because of anything that officer did.”

The family’s attorney, Samuel Ortega, said they would file a civil lawsuit against the city. He called the district attorney’s report “a 40-page permission slip.”

The Denver Police Department said in a statement that Brandt had returned to duty in April after completing “required wellness and review procedures.” According to the department, the officer has been on the force for six years and has had no prior complaints.

Reyes acknowledged the decision would be painful for many in the community. “I know a lot of people are going to be angry,” she said. “I’d ask them to read the report before they decide I’m wrong.”
""", [
    Q("The law asks whether an officer reasonably believed his life was in danger at that moment,", "direct", "Monica Reyes"),
    Q("Having watched that video dozens of times, I cannot say he did not.", "direct", "Monica Reyes"),
    Q("They decided before they ever looked at the tape,", "direct", "Tanya Winters", note="'she said' in a new paragraph: the last woman named is Tanya Winters"),
    Q("My son is alive by the grace of God, not because of anything that officer did.", "direct", "Tanya Winters"),
    Q("a 40-page permission slip.", "partial", "Samuel Ortega"),
    Q("required wellness and review procedures.", "partial", "Denver Police Department"),
    Q("I know a lot of people are going to be angry,", "direct", "Monica Reyes"),
    Q("I’d ask them to read the report before they decide I’m wrong.", "direct", "Monica Reyes"),
])

art("us-11-heat-record", "us-wire", "en", """
WASHINGTON, Aug 9 (Reuters) - July was the hottest month ever recorded on Earth, the U.S. National Oceanic and Atmospheric Administration said on Thursday, breaking a record set only a year earlier.

The global average surface temperature was 1.21 degrees Celsius above the 20th-century average, NOAA said. Ocean temperatures also hit a record for the 16th consecutive month.

"We keep using the word 'unprecedented,' and we keep being right," said Karen Oduya, director of NOAA's National Centers for Environmental Information. "At some point it stops being news and starts being the climate we live in."

Oduya said the agency's scientists had expected the El Nino weather pattern to fade by mid-year, which would normally bring some relief. Instead, temperatures stayed high. She said the reasons were still being studied.

Dr. Felix Amundsen, a climate scientist at the University of Bergen who was not involved in the NOAA analysis, said the numbers were consistent with what models had projected.

"People sometimes talk as though the models failed because reality is worse than expected," Amundsen said. "That's mostly not true. The models told us this was coming.

"What they couldn't tell us was how fast governments would act, and the answer so far is: slowly.

"We are now living with the consequences of decisions made in the 1990s and 2000s."

NOAA's report also found that Antarctic sea ice extent was the second-lowest on record for July.

The agency publishes its monthly climate report, known internally as "the State of the Climate," on the second Thursday of each month.
""", [
    Q("We keep using the word 'unprecedented,' and we keep being right,", "direct", "Karen Oduya", note="contains a word mentioned in nested single marks"),
    Q("At some point it stops being news and starts being the climate we live in.", "direct", "Karen Oduya"),
    Q("People sometimes talk as though the models failed because reality is worse than expected,", "direct", "Felix Amundsen"),
    Q("That's mostly not true. The models told us this was coming.", "direct", "Felix Amundsen", note="three-paragraph quote, paragraph 1 (not closed)"),
    Q("What they couldn't tell us was how fast governments would act, and the answer so far is: slowly.", "direct", "Felix Amundsen", note="paragraph 2 (reopened, not closed)"),
    Q("We are now living with the consequences of decisions made in the 1990s and 2000s.", "direct", "Felix Amundsen", note="paragraph 3 (reopened, closed)"),
], not_quotes=["unprecedented,", "the State of the Climate,"])

art("us-12-wimbledon", "us-wire", "en", """
LONDON, June 30 (Reuters) - Carlos Medina said he was “not finished yet” after the 34-year-old Spaniard came from two sets down to beat fifth seed Tomas Berger in a five-hour epic on the opening day of Wimbledon on Monday.

Medina, a two-time Grand Slam champion who dropped out of the top 50 after hip surgery last year, won 3-6 4-6 7-6(5) 6-4 7-5 on Court Two, sealing the match with an ace.

“At two sets down I was thinking about my flight home, to be honest,” Medina told reporters. “Then the crowd started singing my name, and I thought, OK, let’s give them one more set.”

Berger, who had been tipped as a dark horse for the title, was gracious in defeat. The 23-year-old German said his opponent had “played like the Medina of five years ago” in the final two sets.

“I had my chances. I had a match point in the fourth set,” he said. “He didn’t give me anything after that. Nothing.”

Medina’s coach, former world number three Alex Duval, said the Spaniard had barely practised on grass because of a knee problem. “Two weeks ago we weren’t sure he would play here,” Duval said. “I told him, just enjoy it. He took that very seriously.”

Asked whether this would be his last Wimbledon, Medina smiled. “My wife asks me that every day,” he said. “The answer is the same: I don’t know.”

Medina will face qualifier Jonas Eklund in the second round.

(Reporting by Sam Whitford; Editing by Ed Collins)
""", [
    Q("not finished yet", "partial", "Carlos Medina"),
    Q("At two sets down I was thinking about my flight home, to be honest,", "direct", "Carlos Medina"),
    Q("Then the crowd started singing my name, and I thought, OK, let’s give them one more set.", "direct", "Carlos Medina"),
    Q("played like the Medina of five years ago", "partial", "Tomas Berger", note="'The 23-year-old German' = Berger"),
    Q("I had my chances. I had a match point in the fourth set,", "direct", "Tomas Berger", note="'he said' = Berger (Medina is only named inside the previous quote)"),
    Q("He didn’t give me anything after that. Nothing.", "direct", "Tomas Berger"),
    Q("Two weeks ago we weren’t sure he would play here,", "direct", "Alex Duval"),
    Q("I told him, just enjoy it. He took that very seriously.", "direct", "Alex Duval"),
    Q("My wife asks me that every day,", "direct", "Carlos Medina"),
    Q("The answer is the same: I don’t know.", "direct", "Carlos Medina"),
])


# ---------------------------------------------------------------------------------------------
# British style (8): ‘single’ primary marks, apostrophes inside, “double” nested
# ---------------------------------------------------------------------------------------------

art("br-01-housing", "british", "en", """
The housing secretary, Imogen Clarke, has said the government will not water down its target of 1.5m new homes by the end of the parliament, despite figures showing construction starts fell for a third consecutive quarter.

Speaking on BBC Radio 4’s Today programme, Clarke said: ‘It’s a stretching target and it was always meant to be. I’m not going to stand here and tell you it’s easy, but I’m also not going to pretend the answer is to aim lower.’

The figures, published on Thursday by the National House-Building Council, showed 27,400 homes were started in England between April and June, the lowest quarterly total since 2013.

Labour backbenchers have grown increasingly uneasy. One, the MP for Stockport West, Daniel Osei, told the BBC the target had become ‘a stick the opposition beat us with every week’.

The shadow housing secretary, Martin Greaves, accused ministers of ‘living in a fantasy world’. He added: ‘They promised the earth and they can’t even deliver the foundations. People who were priced out in the ’90s are now watching their children get priced out too.’

Builders blame planning delays and a shortage of skilled workers. Hannah Wilde, the chief executive of the Home Builders Alliance, said the industry’s order books were ‘thinner than at any point since the financial crisis’.

‘We’ve got sites with permission that aren’t being built because buyers can’t get mortgages at rates they can afford,’ she said. ‘That isn’t a planning problem. That’s an interest rate problem.’

Clarke said the government’s new towns programme, which she described as ‘the most ambitious since the postwar era’, would begin to deliver homes from 2027. Asked whether she would resign if the target was missed, she said: ‘I’ll be judged on it, and that’s exactly how it should be.’
""", [
    Q("It’s a stretching target and it was always meant to be. I’m not going to stand here and tell you it’s easy, but I’m also not going to pretend the answer is to aim lower.", "direct", "Imogen Clarke"),
    Q("a stick the opposition beat us with every week", "partial", "Daniel Osei"),
    Q("living in a fantasy world", "partial", "Martin Greaves"),
    Q("They promised the earth and they can’t even deliver the foundations. People who were priced out in the ’90s are now watching their children get priced out too.", "direct", "Martin Greaves", note="apostrophes inside: can’t, ’90s"),
    Q("thinner than at any point since the financial crisis", "partial", "Hannah Wilde"),
    Q("We’ve got sites with permission that aren’t being built because buyers can’t get mortgages at rates they can afford,", "direct", "Hannah Wilde"),
    Q("That isn’t a planning problem. That’s an interest rate problem.", "direct", "Hannah Wilde"),
    Q("the most ambitious since the postwar era", "partial", "Imogen Clarke"),
    Q("I’ll be judged on it, and that’s exactly how it should be.", "direct", "Imogen Clarke"),
])

art("br-02-waiting-times", "british", "en", """
A&E waiting times in Wales have hit a record high, with more than 11,000 patients waiting longer than 12 hours in October, according to official figures.

The Welsh government said the figures reflected ‘unprecedented demand’ and that it had invested an extra £25m in urgent care this year.

Dr Siân Lewis, an emergency medicine consultant at a hospital in south Wales, told BBC Wales the situation was the worst she had seen in 20 years of practice.

‘We had a woman in her nineties who spent two nights on a trolley in a corridor,’ she said. ‘Her daughter asked me, “Is this normal now?” and I didn’t know what to tell her.’

Dr Lewis said staff were ‘exhausted and demoralised’, with many considering leaving the profession.

The Emergency Care Association said the numbers were ‘a national scandal’. Its vice-president for Wales, Gareth Pugh, added: ‘Every one of these waits is a person, usually an elderly person, often frightened and in pain. We should not become numb to it.’

Wales’s health secretary, Rhodri Vaughan, said the government was ‘not complacent’. In a statement, he said: ‘Our NHS staff are working incredibly hard under very difficult circumstances. We are opening 150 additional community beds this winter to help patients leave hospital sooner.’

The Conservatives’ health spokesperson in the Senedd, Lowri Jenkins, said ministers had ‘run out of excuses’ and called for an independent review of emergency care.
""", [
    Q("unprecedented demand", "partial", "Welsh government"),
    Q("We had a woman in her nineties who spent two nights on a trolley in a corridor,", "direct", "Siân Lewis"),
    Q("Her daughter asked me, “Is this normal now?” and I didn’t know what to tell her.", "direct", "Siân Lewis"),
    Q("exhausted and demoralised", "partial", "Siân Lewis"),
    Q("a national scandal", "partial", "Emergency Care Association"),
    Q("Every one of these waits is a person, usually an elderly person, often frightened and in pain. We should not become numb to it.", "direct", "Gareth Pugh"),
    Q("not complacent", "partial", "Rhodri Vaughan"),
    Q("Our NHS staff are working incredibly hard under very difficult circumstances. We are opening 150 additional community beds this winter to help patients leave hospital sooner.", "direct", "Rhodri Vaughan"),
    Q("run out of excuses", "partial", "Lowri Jenkins", note="'The Conservatives’ ...': plural-possessive apostrophe before the speaker's role"),
], ignore=["Is this normal now?"])

art("br-03-book-prize", "british", "en", """
The novelist Miriam Oyelaran has won the £50,000 Halloway prize for fiction for ‘The Salt Road’, a novel about three generations of a family of fishermen on the Norfolk coast.

The chair of the judges, the broadcaster Tom Ashdown, said the book was ‘a quiet masterpiece that gets louder every time you think about it’.

‘We argued for hours about the shortlist, but when it came to the winner, it took about four minutes,’ he said. ‘Nobody in the room could shake it off.’

Oyelaran, 58, who worked as a nurse in King’s Lynn for 25 years before publishing her first novel, said she had written much of the book on night shifts.

‘I used to keep a notebook in my uniform pocket,’ she told the Guardian. ‘Between the 3am obs rounds, I’d write a sentence or two. My colleagues called it “the nurse’s novel” long before anyone wanted to publish it.’

The Salt Road was turned down by 14 publishers before being picked up by the independent press Fenwick & Lowe. Its publisher, Jo Fenwick, said: ‘We printed 1,500 copies. We’re now on our ninth reprint. I don’t think any of us quite knows what’s happened.’

The other shortlisted books included ‘Glasshouse’ by Ravi Menon and the debut collection ‘Small Hours’ by Aoife Keane.

Oyelaran said she would use the prize money to ‘finally fix the roof’ and to fund a writing group for healthcare workers.
""", [
    Q("a quiet masterpiece that gets louder every time you think about it", "partial", "Tom Ashdown"),
    Q("We argued for hours about the shortlist, but when it came to the winner, it took about four minutes,", "direct", "Tom Ashdown"),
    Q("Nobody in the room could shake it off.", "direct", "Tom Ashdown"),
    Q("I used to keep a notebook in my uniform pocket,", "direct", "Miriam Oyelaran"),
    Q("Between the 3am obs rounds, I’d write a sentence or two. My colleagues called it “the nurse’s novel” long before anyone wanted to publish it.", "direct", "Miriam Oyelaran"),
    Q("We printed 1,500 copies. We’re now on our ninth reprint. I don’t think any of us quite knows what’s happened.", "direct", "Jo Fenwick"),
    Q("finally fix the roof", "partial", "Miriam Oyelaran"),
], not_quotes=["The Salt Road", "the nurse’s novel", "Glasshouse", "Small Hours"])

art("br-04-football", "british", "en", """
Eastbridge United manager Craig Dunmore says his side’s 3-1 defeat by Millford Rovers was ‘the worst 45 minutes’ of his time in charge.

United were 3-0 down at half-time at Cotton Lane and, although substitute Liam Hart pulled one back after the break, they never threatened a comeback. The result leaves Eastbridge 19th in League One, one point above the relegation zone.

Dunmore told BBC Sport: ‘I’ve got no complaints about the result. We were second to everything in the first half. If you don’t win your battles at this level, you get punished, and we got punished.’

He added that he had ‘said a few things’ to his players at the interval, and praised their response after the break.

Millford boss Kevin Achterberg, whose side moved up to fifth, said his players had been ‘ruthless’.

‘We spoke all week about starting fast, and the lads did exactly that,’ the Dutchman said. ‘The second half, we got a bit comfortable, which I’m not happy about. But three points away from home – I’ll take that every week.’

Rovers striker Jordan Mensah, who scored twice, said: ‘It’s my mum’s birthday today, so that one’s for her.’

Dunmore, whose contract runs until 2027, was asked whether he feared for his job. ‘That’s not for me to decide,’ he said. ‘I’ll be in on Monday morning working to put it right.’
""", [
    Q("the worst 45 minutes", "partial", "Craig Dunmore"),
    Q("I’ve got no complaints about the result. We were second to everything in the first half. If you don’t win your battles at this level, you get punished, and we got punished.", "direct", "Craig Dunmore"),
    Q("said a few things", "partial", "Craig Dunmore"),
    Q("ruthless", "partial", "Kevin Achterberg"),
    Q("We spoke all week about starting fast, and the lads did exactly that,", "direct", "Kevin Achterberg", note="'the Dutchman said'"),
    Q("The second half, we got a bit comfortable, which I’m not happy about. But three points away from home – I’ll take that every week.", "direct", "Kevin Achterberg"),
    Q("It’s my mum’s birthday today, so that one’s for her.", "direct", "Jordan Mensah"),
    Q("That’s not for me to decide,", "direct", "Craig Dunmore"),
    Q("I’ll be in on Monday morning working to put it right.", "direct", "Craig Dunmore"),
])

art("br-05-sanctions", "british", "en", """
European foreign ministers have agreed to extend sanctions on Russia for a further six months, after Hungary dropped its objection in exchange for the removal of three businessmen from the list.

Speaking after the meeting in Brussels, the Dutch foreign minister, Pieter van Oost, said the extension sent ‘a clear signal that Europe’s patience is not running out’.

‘There was a lot of talk before this meeting that unity was cracking,’ he said. ‘Well, here we are. Twenty-seven countries, one decision.’

A spokesperson for the Hungarian government, Zsófia Halász, said Budapest had secured ‘important concessions’ and insisted it had never sought to block the package.

The Kremlin said the sanctions were ‘illegitimate’ and would ‘only harm the Europeans themselves’.

Diplomats said the allies’ plan to use frozen Russian assets to fund Ukraine’s reconstruction, the so-called ‘reparations loan’, remained stuck. Belgium, where most of the assets are held, has demanded guarantees from the other member states.

Belgium’s foreign minister, Hélène Dufresne, said: ‘We are not against the idea. We are against being left holding the bill if it goes wrong. That’s not an unreasonable position; it’s basic prudence.’

Van Oost acknowledged the frustration in other capitals. ‘Belgium has legitimate concerns,’ he said, ‘and we should address them rather than pretend they don’t exist.’
""", [
    Q("a clear signal that Europe’s patience is not running out", "partial", "Pieter van Oost"),
    Q("There was a lot of talk before this meeting that unity was cracking,", "direct", "Pieter van Oost"),
    Q("Well, here we are. Twenty-seven countries, one decision.", "direct", "Pieter van Oost"),
    Q("important concessions", "partial", "Zsófia Halász"),
    Q("illegitimate", "partial", "Kremlin"),
    Q("only harm the Europeans themselves", "partial", "Kremlin"),
    Q("We are not against the idea. We are against being left holding the bill if it goes wrong. That’s not an unreasonable position; it’s basic prudence.", "direct", "Hélène Dufresne"),
    Q("Belgium has legitimate concerns,", "direct", "Pieter van Oost"),
    Q("and we should address them rather than pretend they don’t exist.", "direct", "Pieter van Oost", note="second half of a split quote"),
], not_quotes=["reparations loan"])

art("br-06-floods", "british", "en", """
Residents of a Shropshire village have been told they may not be able to return to their homes for up to three months after the River Teme burst its banks for the second time this year.

About 60 properties in Lower Ashford were evacuated on Sunday night. Shropshire Council said ‘significant structural damage’ had been found in at least 12 homes.

Pat Morrow, 74, who has lived in the village for 40 years, told the BBC she had lost ‘pretty much everything downstairs’.

‘The water came up through the floorboards faster than I’ve ever seen it,’ she said. ‘My neighbour’s son carried me out to the boat. I’m not ashamed to say I cried.’

The Environment Agency said river levels had peaked on Monday morning at 4.2m, the highest since records began in 1969. Its area manager, Steve Radley, said: ‘Flood defences here were designed for the climate we had, not the climate we’ve got. That’s the honest truth.’

Lower Ashford’s parish council chairman, Colin Beddoes, said villagers had been asking for a flood barrier for more than a decade. ‘We’ve had consultations, we’ve had reports, we’ve had ministers in wellies,’ he told BBC Radio Shropshire. ‘What we haven’t had is a barrier.’

A council spokeswoman said temporary accommodation had been found for all affected households and that a support hub would open at the village hall on Wednesday. She added: ‘Nobody will be left without a roof over their head.’

The local MP, Helen Marsh, said she had written to the environment secretary asking for emergency funding.
""", [
    Q("significant structural damage", "partial", "Shropshire Council"),
    Q("pretty much everything downstairs", "partial", "Pat Morrow"),
    Q("The water came up through the floorboards faster than I’ve ever seen it,", "direct", "Pat Morrow"),
    Q("My neighbour’s son carried me out to the boat. I’m not ashamed to say I cried.", "direct", "Pat Morrow"),
    Q("Flood defences here were designed for the climate we had, not the climate we’ve got. That’s the honest truth.", "direct", "Steve Radley"),
    Q("We’ve had consultations, we’ve had reports, we’ve had ministers in wellies,", "direct", "Colin Beddoes"),
    Q("What we haven’t had is a barrier.", "direct", "Colin Beddoes"),
    Q("Nobody will be left without a roof over their head.", "direct", "Shropshire Council", note="unnamed council spokeswoman -> the council"),
])

art("br-07-delivery-pay", "british", "en", """
A riders’ union has accused the food delivery company Dashly of ‘rigging’ its pay algorithm after an investigation found that couriers in London were paid on average 18% less per order than a year ago.

The Independent Riders Union (IRU), which commissioned the analysis, said the findings confirmed what its members had been reporting since the spring. The union’s general secretary, Farah Siddiqui, said: ‘Riders have been telling us for months that the app was paying them less for the same work. The company told them they were imagining it.

‘Now we have the data, and the data says the riders were right.

‘This is not about a few pence. For some of our members it’s the difference between making rent and not.’

Dashly said the findings were ‘based on a flawed methodology’ and that average hourly earnings, including tips, had risen. In a statement, the company said: ‘Riders on Dashly earn well above the national living wage for the time they spend on deliveries. We’re always open to talking with riders’ representatives about how we can improve.’

The analysis was carried out by the Gig Economy Observatory, a research group that studied 40,000 orders shared by riders. Dr Kwame Asante, who led the research, said the company’s objections did not stand up. ‘We looked at 40,000 orders. The riders’ screenshots don’t lie,’ he said.

The Labour MP Ellie Brooks said she would raise the findings in parliament. ‘If an algorithm is cutting people’s pay, somebody wrote that algorithm,’ she said.
""", [
    Q("rigging", "partial", "Independent Riders Union", note="'A riders’ union has accused ...', named in the next paragraph"),
    Q("Riders have been telling us for months that the app was paying them less for the same work. The company told them they were imagining it.", "direct", "Farah Siddiqui", note="three-paragraph quote, paragraph 1 (not closed)"),
    Q("Now we have the data, and the data says the riders were right.", "direct", "Farah Siddiqui", note="paragraph 2 (reopened, not closed)"),
    Q("This is not about a few pence. For some of our members it’s the difference between making rent and not.", "direct", "Farah Siddiqui", note="paragraph 3 (reopened, closed)"),
    Q("based on a flawed methodology", "partial", "Dashly"),
    Q("Riders on Dashly earn well above the national living wage for the time they spend on deliveries. We’re always open to talking with riders’ representatives about how we can improve.", "direct", "Dashly", note="plural-possessive apostrophe inside: riders’ representatives"),
    Q("We looked at 40,000 orders. The riders’ screenshots don’t lie,", "direct", "Kwame Asante", note="riders’ (apostrophe + space) inside the quote"),
    Q("If an algorithm is cutting people’s pay, somebody wrote that algorithm,", "direct", "Ellie Brooks"),
])

art("br-08-orkney-house", "british", "en", """
Archaeologists in Orkney have uncovered what they believe is the oldest stone house ever found in Scotland, dating back more than 5,500 years.

The structure, nicknamed ‘the Hearthstone’ by the excavation team because of its unusually well-preserved fireplace, was discovered beneath a sand dune on the island of Sanday after winter storms eroded the coastline.

Dr Fiona MacAulay, who is leading the dig, said the find could change the understanding of how early farmers settled the north of Scotland.

‘When we cleared the sand and saw the hearth, there was a moment where nobody said anything,’ she said. ‘You could see the scorch marks on the stones. Somebody sat here and cooked a meal before the pyramids were built.’

Radiocarbon dates from charred barley found in the hearth put its use at about 3600BC, older than the famous village of Skara Brae on the Orkney mainland.

The Heritage Orkney Trust, which funded part of the excavation, said the site was ‘of international importance’.

Not everyone is convinced the house is the oldest. Prof Alan Kerr, an archaeologist at the University of Glasgow who was not involved, said the dating was ‘exciting but preliminary’. He added: ‘We’ve had claims like this before that didn’t survive a second round of samples. I’d want to see more dates before rewriting the textbooks.’

MacAulay said the team welcomed scrutiny. ‘That’s how science works,’ she told BBC Scotland. ‘If we’re wrong, we’ll say so.’

The team has until the end of September to finish the excavation before the site is covered again to protect it from the sea. A documentary about the dig, ‘The House Under the Sand’, will be broadcast next year.
""", [
    Q("When we cleared the sand and saw the hearth, there was a moment where nobody said anything,", "direct", "Fiona MacAulay"),
    Q("You could see the scorch marks on the stones. Somebody sat here and cooked a meal before the pyramids were built.", "direct", "Fiona MacAulay"),
    Q("of international importance", "partial", "Heritage Orkney Trust"),
    Q("exciting but preliminary", "partial", "Alan Kerr"),
    Q("We’ve had claims like this before that didn’t survive a second round of samples. I’d want to see more dates before rewriting the textbooks.", "direct", "Alan Kerr"),
    Q("That’s how science works,", "direct", "Fiona MacAulay"),
    Q("If we’re wrong, we’ll say so.", "direct", "Fiona MacAulay"),
], not_quotes=["the Hearthstone", "The House Under the Sand"])


# ---------------------------------------------------------------------------------------------
# French (6): « guillemets » with non-breaking spaces, inverted cues (a-t-il déclaré)
# ---------------------------------------------------------------------------------------------

art("fr-01-solaire", "french", "fr", """
Le gouvernement a présenté mercredi en Conseil des ministres un projet de loi visant à simplifier l’installation de panneaux solaires sur les toits des particuliers, une mesure attendue de longue date par les professionnels du secteur.

« Il faut aujourd’hui en moyenne neuf mois pour obtenir toutes les autorisations. Notre objectif est de descendre à six semaines », a déclaré la ministre de la Transition énergétique, Claire Vasseur, à l’issue du Conseil.

Le texte supprime notamment l’obligation de déclaration préalable en mairie pour les installations de moins de 9 kilowatts. « C’est une révolution administrative, pas une révolution technique », a-t-elle résumé.

Selon le ministère de la Transition énergétique, près de 200 000 foyers pourraient être concernés dès la première année.

Les maires, eux, s’inquiètent. « On nous retire encore une compétence sans nous demander notre avis », regrette Jean-Pierre Lacombe, président de l’Association des maires ruraux de Gironde. Il redoute que les architectes des Bâtiments de France ne soient plus consultés dans les secteurs protégés.

Le ministère assure que ce ne sera pas le cas. « Les monuments historiques et leurs abords restent soumis aux règles actuelles », a-t-il précisé dans un communiqué.

Le député de l’opposition Thierry Marchand dénonce pour sa part un texte « cosmétique ». « Le vrai problème, ce sont les délais de raccordement au réseau, et ce texte n’en dit pas un mot », estime-t-il.

Le projet de loi sera examiné à l’Assemblée nationale en octobre.
""", [
    Q("Il faut aujourd’hui en moyenne neuf mois pour obtenir toutes les autorisations. Notre objectif est de descendre à six semaines", "direct", "Claire Vasseur"),
    Q("C’est une révolution administrative, pas une révolution technique", "direct", "Claire Vasseur", note="'a-t-elle résumé'"),
    Q("On nous retire encore une compétence sans nous demander notre avis", "direct", "Jean-Pierre Lacombe"),
    Q("Les monuments historiques et leurs abords restent soumis aux règles actuelles", "direct", "ministère de la Transition énergétique", note="'Le ministère ... a-t-il précisé dans un communiqué': il = the ministry"),
    Q("cosmétique", "partial", "Thierry Marchand"),
    Q("Le vrai problème, ce sont les délais de raccordement au réseau, et ce texte n’en dit pas un mot", "direct", "Thierry Marchand"),
], tf=french(NBSP))

art("fr-02-proces-producteur", "french", "fr", """
Le tribunal correctionnel de Lyon a condamné jeudi à dix-huit mois de prison avec sursis le producteur de cinéma Laurent Mercadier, reconnu coupable d’abus de biens sociaux dans le cadre du financement du film « Les Nuits de Fourvière ».

Selon le jugement, le producteur a détourné environ 340 000 euros de sa société pour financer des dépenses personnelles, dont la rénovation d’une maison dans la Drôme.

« Le tribunal a considéré que M. Mercadier avait confondu, de manière répétée et délibérée, le patrimoine de sa société et le sien », a expliqué la présidente, Anne-Sophie Roux, en lisant la décision.

L’avocat du producteur, Me Olivier Besson, a aussitôt annoncé qu’il ferait appel. « Mon client a toujours remboursé ce qu’il devait. Il n’y a aucune victime dans ce dossier », a-t-il affirmé devant la presse.

Une analyse que ne partage pas l’ancienne directrice financière de la société, Nathalie Girard, qui avait alerté le commissaire aux comptes en 2021. « Pendant trois ans, on m’a demandé de fermer les yeux. Je ne regrette pas de les avoir ouverts », estime-t-elle.

Le parquet avait requis deux ans avec sursis et une interdiction de gérer. Le procureur, Marc Delorme, avait dénoncé à l’audience un « sentiment d’impunité » et une « gestion de seigneur féodal ».

Le film, sorti en 2019, avait attiré plus de 800 000 spectateurs en salles. Son réalisateur, Yannick Hervé, a indiqué ne pas souhaiter commenter la décision.
""", [
    Q("Le tribunal a considéré que M. Mercadier avait confondu, de manière répétée et délibérée, le patrimoine de sa société et le sien", "direct", "Anne-Sophie Roux", note="'a expliqué la présidente, Anne-Sophie Roux'; M. Mercadier is named inside the quote"),
    Q("Mon client a toujours remboursé ce qu’il devait. Il n’y a aucune victime dans ce dossier", "direct", "Olivier Besson", note="'Me Olivier Besson' (Me = maître, a title)"),
    Q("Pendant trois ans, on m’a demandé de fermer les yeux. Je ne regrette pas de les avoir ouverts", "direct", "Nathalie Girard"),
    Q("sentiment d’impunité", "partial", "Marc Delorme"),
    Q("gestion de seigneur féodal", "partial", "Marc Delorme"),
], not_quotes=["Les Nuits de Fourvière"], tf=french(NNBSP))

art("fr-03-rugby", "french", "fr", """
Le XV de France s’est imposé samedi face à l’Écosse (27-24) au terme d’un match haletant au Stade de France, grâce à une pénalité d’Hugo Lestrade à la dernière minute.

« Franchement, je n’ai pas regardé les poteaux. J’ai regardé le ballon, j’ai respiré, et j’ai tapé », a raconté l’ouvreur de 24 ans au micro de France 2. « Quand j’ai entendu le stade, j’ai compris ! »

Le sélectionneur, Bernard Aubry, n’a pas caché son soulagement. « On a été mauvais pendant une heure. Il faut le dire, il ne faut pas se raconter d’histoires », a-t-il reconnu en conférence de presse. « Mais cette équipe ne lâche jamais. Ça, on ne peut pas l’apprendre. »

Cette « remontada », la troisième des Bleus en un an, leur permet de rester en course pour le Grand Chelem.

Le capitaine, Mathieu Garnier, a salué « un vestiaire de guerriers » tout en reconnaissant que les Bleus devraient « élever le niveau » avant le déplacement en Irlande.

Côté écossais, l’entraîneur Ewan Ross a estimé que son équipe « méritait mieux ». « Qu’est-ce qu’on peut dire ? On était devant à la 78e minute », a-t-il soupiré.
""", [
    Q("Franchement, je n’ai pas regardé les poteaux. J’ai regardé le ballon, j’ai respiré, et j’ai tapé", "direct", "Hugo Lestrade", note="'a raconté l’ouvreur de 24 ans' = Lestrade"),
    Q("Quand j’ai entendu le stade, j’ai compris !", "direct", "Hugo Lestrade"),
    Q("On a été mauvais pendant une heure. Il faut le dire, il ne faut pas se raconter d’histoires", "direct", "Bernard Aubry"),
    Q("Mais cette équipe ne lâche jamais. Ça, on ne peut pas l’apprendre.", "direct", "Bernard Aubry"),
    Q("un vestiaire de guerriers", "partial", "Mathieu Garnier"),
    Q("élever le niveau", "partial", "Mathieu Garnier"),
    Q("méritait mieux", "partial", "Ewan Ross"),
    Q("Qu’est-ce qu’on peut dire ? On était devant à la 78e minute", "direct", "Ewan Ross"),
], not_quotes=["remontada"], tf=french(NBSP))

art("fr-04-parkinson", "french", "fr", """
Des chercheurs de l’université de Montpellier ont mis au point un test sanguin capable de détecter la maladie de Parkinson jusqu’à sept ans avant l’apparition des premiers symptômes, selon une étude publiée lundi dans la revue Neurology Frontiers.

« C’est la première fois qu’on dispose d’un outil aussi simple, une prise de sang, avec une fiabilité supérieure à 90 % », souligne Élodie Marchal, neurologue et coautrice de l’étude.

Le test repose sur la mesure de huit protéines présentes dans le sang. Sur les 72 patients suivis, 79 % de ceux qui ont développé la maladie avaient été correctement identifiés.

Pour autant, la chercheuse appelle à la prudence. « Nous parlons d’un outil de recherche. Il faudra des années avant qu’un médecin généraliste puisse le prescrire », prévient-elle.

L’association Parkinson Espoir s’est félicitée d’une « avancée majeure » pour les malades. « Beaucoup de patients m’ont raconté qu’on leur avait dit pendant des années : “C’est le stress, reposez-vous.” Un diagnostic précoce, c’est aussi la fin de cette errance », témoigne son président, Gérard Lemoine.

Selon le professeur Henri Castagné, neurologue à Bordeaux, qui n’a pas participé aux travaux, « les résultats doivent encore être confirmés sur des cohortes plus larges et plus diverses ». L’équipe de Montpellier prévoit justement une nouvelle étude portant sur 2 000 volontaires.
""", [
    Q("C’est la première fois qu’on dispose d’un outil aussi simple, une prise de sang, avec une fiabilité supérieure à 90 %", "direct", "Élodie Marchal"),
    Q("Nous parlons d’un outil de recherche. Il faudra des années avant qu’un médecin généraliste puisse le prescrire", "direct", "Élodie Marchal", note="'la chercheuse ... prévient-elle'"),
    Q("avancée majeure", "partial", "Parkinson Espoir"),
    Q("Beaucoup de patients m’ont raconté qu’on leur avait dit pendant des années : “C’est le stress, reposez-vous.” Un diagnostic précoce, c’est aussi la fin de cette errance", "direct", "Gérard Lemoine", note="speaker after the cue: 'témoigne son président, Gérard Lemoine'"),
    Q("les résultats doivent encore être confirmés sur des cohortes plus larges et plus diverses", "direct", "Henri Castagné", note="'Selon X, « ... »': a full clause, counted as direct"),
], ignore=["C’est le stress, reposez-vous."], tf=french(NNBSP))

art("fr-05-soudan", "french", "fr", """
De violents combats ont repris dimanche autour d’El-Fasher, dans l’ouest du Soudan, compromettant la trêve humanitaire négociée la semaine dernière, ont indiqué des sources humanitaires et des habitants.

« Les tirs d’artillerie ont commencé vers 5 heures du matin et n’ont pas cessé depuis », a déclaré à l’AFP Adam Issa, un enseignant joint par téléphone. « Les familles se cachent dans les écoles. Il n’y a plus d’eau potable dans notre quartier. »

L’ONG Secours sans frontières, qui gère l’un des derniers hôpitaux encore ouverts dans la ville, a fait état d’au moins 23 morts et de plus de 100 blessés. Sa coordinatrice sur place, Marie Kessler, décrit une situation « apocalyptique ». « Nous opérons à la lumière des téléphones portables. Nos stocks de sang seront épuisés d’ici jeudi », a-t-elle alerté.

Les deux camps se rejettent la responsabilité de la reprise des combats. Dans un communiqué, l’armée soudanaise a accusé les paramilitaires d’avoir « violé la trêve dès la première heure ». Les Forces de soutien rapide (FSR) ont, elles, affirmé n’avoir fait que « riposter à une agression ».

Le ministère français des Affaires étrangères a appelé « toutes les parties » à respecter leurs engagements et à laisser passer l’aide humanitaire.

L’envoyé spécial de l’ONU pour le Soudan, Jonas Lindgren, s’est dit « profondément alarmé ». « Chaque jour de combat supplémentaire rend une famine plus probable », a-t-il averti devant le Conseil de sécurité.
""", [
    Q("Les tirs d’artillerie ont commencé vers 5 heures du matin et n’ont pas cessé depuis", "direct", "Adam Issa"),
    Q("Les familles se cachent dans les écoles. Il n’y a plus d’eau potable dans notre quartier.", "direct", "Adam Issa"),
    Q("apocalyptique", "partial", "Marie Kessler"),
    Q("Nous opérons à la lumière des téléphones portables. Nos stocks de sang seront épuisés d’ici jeudi", "direct", "Marie Kessler"),
    Q("violé la trêve dès la première heure", "partial", "armée soudanaise"),
    Q("riposter à une agression", "partial", "Forces de soutien rapide"),
    Q("toutes les parties", "partial", "ministère français des Affaires étrangères"),
    Q("profondément alarmé", "partial", "Jonas Lindgren"),
    Q("Chaque jour de combat supplémentaire rend une famine plus probable", "direct", "Jonas Lindgren"),
], tf=french(NBSP))

art("fr-06-conserverie", "french", "fr", """
Après 92 ans d’activité, la conserverie Kerlann de Douarnenez (Finistère) fermera ses portes le 31 décembre. La direction a annoncé mardi aux 64 salariés la cessation d’activité, invoquant la flambée du prix du poisson et de l’énergie.

Le directeur général, Yves Kerlann, petit-fils du fondateur, a lu un message aux salariés : « C’est la décision la plus difficile de ma vie. Nous avons tout essayé pendant trois ans : nouveaux clients, nouvelles recettes, prêts bancaires.

« Aujourd’hui, nous ne pouvons plus payer le poisson au prix où il se vend à la criée.

« Je pense à chacun d’entre vous et à vos familles. »

Les syndicats ne décolèrent pas. « On nous annonce ça un mardi matin, entre deux réunions, comme une simple formalité », s’indigne Sandrine Le Bihan, déléguée syndicale, employée depuis 27 ans. Selon elle, la direction « savait depuis des mois » et aurait pu chercher un repreneur.

Le maire de Douarnenez, Pascal Cariou, a promis de « tout faire pour qu’un industriel reprenne le site ». Il doit rencontrer la préfète du Finistère vendredi.

À la criée, l’émotion était palpable mercredi matin. « Kerlann, c’est l’histoire de la ville », résume Loïc Guéguen, mareyeur. « Ma grand-mère y a travaillé, ma mère aussi. Ça fait mal au ventre. »
""", [
    Q("C’est la décision la plus difficile de ma vie. Nous avons tout essayé pendant trois ans : nouveaux clients, nouvelles recettes, prêts bancaires.", "direct", "Yves Kerlann", note="colon-introduced three-paragraph quote, paragraph 1 (not closed)"),
    Q("Aujourd’hui, nous ne pouvons plus payer le poisson au prix où il se vend à la criée.", "direct", "Yves Kerlann", note="paragraph 2 (reopened, not closed)"),
    Q("Je pense à chacun d’entre vous et à vos familles.", "direct", "Yves Kerlann", note="paragraph 3 (reopened, closed)"),
    Q("On nous annonce ça un mardi matin, entre deux réunions, comme une simple formalité", "direct", "Sandrine Le Bihan"),
    Q("savait depuis des mois", "partial", "Sandrine Le Bihan", note="'Selon elle, ...' + fragment"),
    Q("tout faire pour qu’un industriel reprenne le site", "partial", "Pascal Cariou"),
    Q("Kerlann, c’est l’histoire de la ville", "direct", "Loïc Guéguen", note="the company/founder name opens the quote; speaker follows the cue"),
    Q("Ma grand-mère y a travaillé, ma mère aussi. Ça fait mal au ventre.", "direct", "Loïc Guéguen"),
])


# ---------------------------------------------------------------------------------------------
# German (4): „…“ and »…«, sagte er, so X, erklärte die Ministerin
# ---------------------------------------------------------------------------------------------

art("de-01-ladesaeulen", "german", "de", """
Die Bundesregierung will den Ausbau von Ladesäulen für Elektroautos mit weiteren 1,5 Milliarden Euro fördern. Das kündigte Verkehrsministerin Katrin Albers am Dienstag in Berlin an.

„Wer sich heute ein E-Auto kauft, muss sicher sein, dass er es auch auf dem Land laden kann“, sagte Albers. Bislang konzentrierten sich die Ladepunkte zu stark auf die Großstädte.

Das Geld soll vor allem in Regionen fließen, in denen es weniger als eine öffentliche Ladesäule pro 1000 Einwohner gibt. „Wir schließen die weißen Flecken auf der Landkarte“, erklärte die Ministerin.

Kritik kam vom Branchenverband Mobilität Zukunft. Dessen Geschäftsführer Stefan Wehling sagte, das Programm komme „mindestens zwei Jahre zu spät“. „Die Kunden haben längst entschieden, und viele haben sich gegen das E-Auto entschieden, weil sie der Infrastruktur nicht trauen“, sagte er.

Der verkehrspolitische Sprecher der größten Oppositionsfraktion, Markus Feldhaus, sprach von einem „Tropfen auf den heißen Stein“. Zudem sei unklar, wie die Förderung nach 2027 weitergehe. „Planungssicherheit sieht anders aus“, so Feldhaus.

Die Ministerin wies die Kritik zurück. „Wir haben in dieser Legislaturperiode mehr Ladepunkte gebaut als in den acht Jahren davor zusammen“, sagte sie. Die Anträge für das neue Programm können ab März gestellt werden.
""", [
    Q("Wer sich heute ein E-Auto kauft, muss sicher sein, dass er es auch auf dem Land laden kann", "direct", "Katrin Albers"),
    Q("Wir schließen die weißen Flecken auf der Landkarte", "direct", "Katrin Albers", note="'erklärte die Ministerin'"),
    Q("mindestens zwei Jahre zu spät", "partial", "Stefan Wehling"),
    Q("Die Kunden haben längst entschieden, und viele haben sich gegen das E-Auto entschieden, weil sie der Infrastruktur nicht trauen", "direct", "Stefan Wehling"),
    Q("Tropfen auf den heißen Stein", "partial", "Markus Feldhaus"),
    Q("Planungssicherheit sieht anders aus", "direct", "Markus Feldhaus", note="'so Feldhaus'"),
    Q("Wir haben in dieser Legislaturperiode mehr Ladepunkte gebaut als in den acht Jahren davor zusammen", "direct", "Katrin Albers", note="'Die Ministerin ... sagte sie'"),
], open_marks="„")

art("de-02-chemie", "german", "de", """
Der Chemiekonzern Rheinwerk streicht an seinem Stammsitz in Marl rund 1200 Stellen. Grund seien die hohen Energiekosten in Deutschland, teilte das Unternehmen am Donnerstag mit.

»Wir können mit Standorten in den USA und in China, wo Gas ein Drittel kostet, schlicht nicht mehr mithalten«, sagte Vorstandschef Heinrich Lorenz bei der Vorstellung der Quartalszahlen. Der Abbau solle »so sozialverträglich wie möglich« erfolgen, betriebsbedingte Kündigungen seien aber nicht ausgeschlossen.

Das Sparprogramm trägt intern den Namen »Fit for Future«. Es soll bis 2027 jährlich 400 Millionen Euro einsparen.

Der Betriebsrat reagierte empört. »Die Beschäftigten zahlen die Zeche für Managementfehler der vergangenen Jahre«, erklärte Betriebsratschefin Sabine Kowalczyk. Das Unternehmen habe jahrelang Investitionen in neue Anlagen verschleppt.

Auch die Landesregierung zeigte sich besorgt. »Das ist ein bitterer Tag für Marl und für die ganze Region«, sagte Wirtschaftsministerin Anja Brückner. Das Land werde mit dem Unternehmen über Alternativen sprechen.

Lorenz verteidigte die Entscheidung. Der Standort habe »eine Zukunft, aber eine kleinere«, sagte er. Die Aktie legte nach der Ankündigung um drei Prozent zu.
""", [
    Q("Wir können mit Standorten in den USA und in China, wo Gas ein Drittel kostet, schlicht nicht mehr mithalten", "direct", "Heinrich Lorenz"),
    Q("so sozialverträglich wie möglich", "partial", "Heinrich Lorenz", note="indirect speech (Konjunktiv) continuing Lorenz"),
    Q("Die Beschäftigten zahlen die Zeche für Managementfehler der vergangenen Jahre", "direct", "Sabine Kowalczyk"),
    Q("Das ist ein bitterer Tag für Marl und für die ganze Region", "direct", "Anja Brückner"),
    Q("eine Zukunft, aber eine kleinere", "partial", "Heinrich Lorenz"),
], not_quotes=["Fit for Future"], open_marks="»")

art("de-03-trainer", "german", "de", """
Fortuna Bergheim hat sich nach nur elf Spielen von Trainer Jens Mahler getrennt. Das gab der Zweitligist am Montag bekannt. Nachfolger wird der bisherige U19-Trainer Dario Pellegrini.

„Wir haben in den letzten Wochen keine Entwicklung mehr gesehen“, sagte Sportdirektor Uwe Brandner. „Diese Entscheidung ist uns nicht leichtgefallen, aber sie war notwendig.“

Mahler, von den Fans wegen seiner Brille nur „der Professor“ genannt, hatte die Mannschaft im Sommer übernommen. Nach der 0:3-Niederlage in Kiel hatte der 38-Jährige noch gesagt, er spüre „volles Vertrauen“ der Vereinsführung.

Pellegrini soll die Mannschaft zunächst bis zum Saisonende betreuen. „Ich kenne viele der Jungs aus dem Nachwuchs. Wir müssen jetzt vor allem wieder Spaß am Fußball finden“, so der 41-Jährige.

Kapitän Tobias Renner nahm die Mannschaft in die Pflicht. „Am Ende stehen wir auf dem Platz. Der Trainer kann nichts dafür, dass wir die Chancen nicht machen“, sagte er.

Bergheim steht mit acht Punkten auf dem vorletzten Tabellenplatz. Am Samstag empfängt die Fortuna den Tabellenführer aus Paderborn.
""", [
    Q("Wir haben in den letzten Wochen keine Entwicklung mehr gesehen", "direct", "Uwe Brandner"),
    Q("Diese Entscheidung ist uns nicht leichtgefallen, aber sie war notwendig.", "direct", "Uwe Brandner"),
    Q("volles Vertrauen", "partial", "Jens Mahler", note="'der 38-Jährige' = Mahler"),
    Q("Ich kenne viele der Jungs aus dem Nachwuchs. Wir müssen jetzt vor allem wieder Spaß am Fußball finden", "direct", "Dario Pellegrini", note="'so der 41-Jährige' = Pellegrini"),
    Q("Am Ende stehen wir auf dem Platz. Der Trainer kann nichts dafür, dass wir die Chancen nicht machen", "direct", "Tobias Renner"),
], not_quotes=["der Professor"], open_marks="„")

art("de-04-schweinemast", "german", "de", """
Das Verwaltungsgericht Hannover hat die Schließung eines umstrittenen Schweinemastbetriebs im Landkreis Nienburg bestätigt. Der Betreiber hatte gegen eine Anordnung des Landkreises geklagt, die wegen wiederholter Verstöße gegen den Tierschutz ergangen war.

Die Vorsitzende Richterin, Dr. Ursula Meinhardt, sprach in der Urteilsbegründung von „systematischen und gravierenden Mängeln“. „Die Kontrollen haben über einen Zeitraum von vier Jahren immer wieder dieselben Missstände festgestellt“, sagte sie. „Von Einzelfällen kann hier keine Rede sein.“

Der Anwalt des Betreibers, Klaus Dietrich, kündigte an, in Berufung zu gehen. Sein Mandant sei „wirtschaftlich ruiniert“, sagte Dietrich. „Hier wird ein Familienbetrieb für die Versäumnisse einer ganzen Branche bestraft.“

Niedersachsens Agrarministerin Petra Vogt begrüßte das Urteil. „Tierschutz ist kein Wunschkonzert. Wer die Regeln dauerhaft missachtet, verliert seine Genehmigung“, erklärte die Ministerin in Hannover.

Die Tierrechtsorganisation „Stallwache“, die die Missstände mit versteckten Kameras dokumentiert hatte, sprach von einem „Signal an die ganze Branche“. Deren Sprecherin Lena Hoffmann sagte: „Wir hoffen, dass sich Landkreise jetzt trauen, genauer hinzuschauen.“

Das Urteil ist noch nicht rechtskräftig.
""", [
    Q("systematischen und gravierenden Mängeln", "partial", "Ursula Meinhardt"),
    Q("Die Kontrollen haben über einen Zeitraum von vier Jahren immer wieder dieselben Missstände festgestellt", "direct", "Ursula Meinhardt"),
    Q("Von Einzelfällen kann hier keine Rede sein.", "direct", "Ursula Meinhardt"),
    Q("wirtschaftlich ruiniert", "partial", "Klaus Dietrich"),
    Q("Hier wird ein Familienbetrieb für die Versäumnisse einer ganzen Branche bestraft.", "direct", "Klaus Dietrich"),
    Q("Tierschutz ist kein Wunschkonzert. Wer die Regeln dauerhaft missachtet, verliert seine Genehmigung", "direct", "Petra Vogt", note="'erklärte die Ministerin'"),
    Q("Signal an die ganze Branche", "partial", "Stallwache", note="the organisation's name is itself in quote marks (a not_quote)"),
    Q("Wir hoffen, dass sich Landkreise jetzt trauen, genauer hinzuschauen.", "direct", "Lena Hoffmann"),
], not_quotes=["Stallwache"], open_marks="„")


# ---------------------------------------------------------------------------------------------
# Spanish (4): «…» and “…”, dijo, afirmó, según
# ---------------------------------------------------------------------------------------------

art("es-01-cercanias", "spanish", "es", """
El Gobierno aprobó este martes un plan de 2.000 millones de euros para ampliar la red de trenes de cercanías en Madrid, Barcelona y Valencia, con el objetivo de reducir el uso del coche privado en las grandes ciudades.

«Es la mayor inversión en cercanías de las últimas dos décadas», afirmó el ministro de Transportes, Álvaro Quintana, en la rueda de prensa posterior al Consejo de Ministros. «Los ciudadanos llevan demasiado tiempo esperando trenes que no llegan».

Quintana explicó que las obras comenzarán en 2026 y que el plan incluye la compra de 150 nuevos trenes.

La oposición criticó el anuncio. Su portavoz de Transportes en el Congreso, Marta Escudero, lo calificó de «propaganda electoral» y recordó que el anterior plan, presentado en 2021, «sigue sin ejecutarse en un 60 %».

Según la Asociación de Usuarios del Transporte Público, los retrasos en la red de cercanías de Madrid aumentaron un 35 % el último año. Su presidente, Jordi Ballester, dijo que la inversión es «necesaria pero insuficiente». «Primero hay que arreglar lo que ya existe. De nada sirve un tren nuevo si la vía está rota», añadió.

El ministro respondió a las críticas: «Que nos juzguen por los resultados. En 2027 hablaremos».
""", [
    Q("Es la mayor inversión en cercanías de las últimas dos décadas", "direct", "Álvaro Quintana"),
    Q("Los ciudadanos llevan demasiado tiempo esperando trenes que no llegan", "direct", "Álvaro Quintana"),
    Q("propaganda electoral", "partial", "Marta Escudero"),
    Q("sigue sin ejecutarse en un 60 %", "partial", "Marta Escudero"),
    Q("necesaria pero insuficiente", "partial", "Jordi Ballester"),
    Q("Primero hay que arreglar lo que ya existe. De nada sirve un tren nuevo si la vía está rota", "direct", "Jordi Ballester"),
    Q("Que nos juzguen por los resultados. En 2027 hablaremos", "direct", "Álvaro Quintana", note="'El ministro respondió ...:'"),
])

art("es-02-fichaje", "spanish", "es", """
El Atlético Vallehermoso confirmó este lunes el fichaje del delantero argentino Ezequiel Ramos, conocido como “el Flaco”, por 18 millones de euros hasta 2029.

“Desde que era chico soñaba con jugar en España. Hoy ese sueño se cumple”, dijo Ramos en su presentación ante unos 5.000 aficionados. “Vengo a ganar cosas, no a pasear.”

El presidente del club, Fernando Olmedo, aseguró que el fichaje es “una apuesta de futuro” y negó que la operación ponga en riesgo las cuentas de la entidad. “Tenemos todo bajo control. Hemos vendido bien y ahora compramos bien”, afirmó.

Según el entrenador, Rubén Cifuentes, Ramos podría debutar el domingo ante el Osasuna. “Está en buena forma. Lo veremos en los entrenamientos, pero mi idea es que tenga minutos”, explicó el técnico.

Ramos, de 23 años, marcó 21 goles la pasada temporada en la liga argentina. Su antiguo entrenador, Hernán Goyeneche, lo describió en una entrevista radiofónica como “un chico humilde con hambre de gol”.
""", [
    Q("Desde que era chico soñaba con jugar en España. Hoy ese sueño se cumple", "direct", "Ezequiel Ramos"),
    Q("Vengo a ganar cosas, no a pasear.", "direct", "Ezequiel Ramos"),
    Q("una apuesta de futuro", "partial", "Fernando Olmedo"),
    Q("Tenemos todo bajo control. Hemos vendido bien y ahora compramos bien", "direct", "Fernando Olmedo"),
    Q("Está en buena forma. Lo veremos en los entrenamientos, pero mi idea es que tenga minutos", "direct", "Rubén Cifuentes", note="'explicó el técnico'; Ramos is the subject of the previous sentence"),
    Q("un chico humilde con hambre de gol", "partial", "Hernán Goyeneche"),
], not_quotes=["el Flaco"])

art("es-03-sequia", "spanish", "es", """
Los embalses de la cuenca del Guadalquivir se encuentran al 19 % de su capacidad, el nivel más bajo desde que existen registros, según datos publicados este jueves por la Confederación Hidrográfica del Guadalquivir.

«Estamos ante una sequía estructural, no coyuntural. El clima de Andalucía ha cambiado y tenemos que adaptarnos», advirtió la hidróloga Carmen Villalobos, investigadora de la Universidad de Sevilla.

Villalobos explicó que las lluvias de primavera apenas han servido para frenar el descenso. «La gente vio llover en marzo y pensó: “Ya está, se acabó la sequía”. Pero el suelo estaba tan seco que absorbió casi todo», dijo.

Los regantes, que consumen cerca del 80 % del agua de la cuenca, piden ayudas urgentes. El presidente de la comunidad de regantes del Bajo Guadalquivir, Antonio Reyes Molina, aseguró que «miles de hectáreas» de arroz no se sembrarán este año. «Si no hay agua, no hay arroz, y si no hay arroz, no hay trabajo en los pueblos», resumió.

En un comunicado, la Junta de Andalucía afirmó que «el abastecimiento a la población está garantizado» al menos hasta el otoño.

El ecologista Pablo Serrano, de la organización Agua Viva, criticó que se siga hablando de «guerra del agua»: «No es una guerra entre agricultores y ciudades. Es un problema de cómo repartimos lo poco que hay».
""", [
    Q("Estamos ante una sequía estructural, no coyuntural. El clima de Andalucía ha cambiado y tenemos que adaptarnos", "direct", "Carmen Villalobos"),
    Q("La gente vio llover en marzo y pensó: “Ya está, se acabó la sequía”. Pero el suelo estaba tan seco que absorbió casi todo", "direct", "Carmen Villalobos"),
    Q("miles de hectáreas", "partial", "Antonio Reyes Molina"),
    Q("Si no hay agua, no hay arroz, y si no hay arroz, no hay trabajo en los pueblos", "direct", "Antonio Reyes Molina"),
    Q("el abastecimiento a la población está garantizado", "partial", "Junta de Andalucía"),
    Q("No es una guerra entre agricultores y ciudades. Es un problema de cómo repartimos lo poco que hay", "direct", "Pablo Serrano", note="colon-introduced right after a quoted term"),
], not_quotes=["guerra del agua"], ignore=["Ya está, se acabó la sequía"], open_marks="«")

art("es-04-exalcalde", "spanish", "es", """
La Audiencia Provincial de Zaragoza condenó este miércoles a cuatro años de prisión al exalcalde de Fuentes del Moncayo, Ramón Esteban, por adjudicar contratos municipales a empresas de su cuñado entre 2016 y 2020.

La sentencia considera probado que Esteban «fraccionó de manera deliberada» los contratos para evitar los concursos públicos. «El acusado actuó con pleno conocimiento de la ilegalidad de su conducta», señala el tribunal en su resolución.

El abogado del exalcalde, Luis Ferrer, anunció que recurrirá ante el Tribunal Supremo. «Mi cliente nunca se llevó un euro», declaró a las puertas de la Audiencia, «y eso lo dice la propia sentencia».

La actual alcaldesa, Pilar Gracia, que llevó el caso a la Fiscalía tras revisar las cuentas en 2021, dijo sentirse «aliviada». «Ha sido muy duro. En un pueblo de 800 habitantes todos nos conocemos, y hubo vecinos que dejaron de hablarme», reconoció.

Según la Fiscalía Anticorrupción, el perjuicio para las arcas municipales supera los 210.000 euros. La defensa sostiene que todas las obras se ejecutaron y que el precio pagado fue el de mercado.
""", [
    Q("fraccionó de manera deliberada", "partial", "Audiencia Provincial de Zaragoza", note="'La sentencia considera probado que ...': the court's ruling"),
    Q("El acusado actuó con pleno conocimiento de la ilegalidad de su conducta", "direct", "Audiencia Provincial de Zaragoza", note="'señala el tribunal'"),
    Q("Mi cliente nunca se llevó un euro", "direct", "Luis Ferrer"),
    Q("y eso lo dice la propia sentencia", "direct", "Luis Ferrer", note="second half of a split quote"),
    Q("aliviada", "partial", "Pilar Gracia"),
    Q("Ha sido muy duro. En un pueblo de 800 habitantes todos nos conocemos, y hubo vecinos que dejaron de hablarme", "direct", "Pilar Gracia"),
])


# ---------------------------------------------------------------------------------------------
# Messy scraped pages (6): page furniture, machine-translation breakage
# ---------------------------------------------------------------------------------------------

art("mess-01-maternity-page", "scraped", "en", """
Skip to content
Home | News | Sports | Business | Opinion | Obituaries | E-Edition
Subscribe Now
BREAKING: Crews battle brush fire near Route 9 • Mayor: "We will not raise property taxes" • School board delays vote on new calendar
LOCAL NEWS
Lakeside hospital to close maternity ward, citing staffing shortage
By Jennifer Cole | Staff Writer
Published: March 12, 2025 at 6:04 p.m. | Updated: March 12, 2025 at 9:15 p.m.
Share this: Facebook Twitter Email Print
Mercy Lakeside Hospital will stop delivering babies at the end of June, hospital officials said Tuesday, leaving expectant mothers in the county with a 50-minute drive to the nearest maternity unit.
"This is not a decision we made lightly," said Dr. Angela Ruiz, the hospital's chief medical officer. "We have tried for two years to recruit obstetricians and nurses, and we simply cannot staff the unit safely."
The hospital delivered 312 babies last year, down from more than 500 a decade ago.
Advertisement
Nurse midwife Carla Jennings, who has worked in the unit for 14 years, said staff learned of the closure in a meeting Tuesday morning. "People were crying," she said. "Some of us were born in this hospital."
Mercy Lakeside Hospital in Lakeside, Thursday, March 6, 2025. (AP Photo/Daniel Fox)
State Rep. Michael Dunn, whose district includes Lakeside, called the closure "a public health emergency in slow motion" and said he would ask the state health department to intervene.
Read more: Rural hospitals are "running on fumes," report finds
A sign points to the emergency entrance of Mercy Lakeside Hospital. (AP Photo/Maria Santos)
Dr. Ruiz said the hospital would help patients already in their third trimester arrange care elsewhere. She said it was in talks with a regional health system about opening a prenatal clinic in Lakeside. "We are not walking away from this community," she said.
Related: "It's a maternity desert": Parents react to closures across the state
Sign up for our newsletter
Get the day's top headlines delivered to your inbox every morning.
Email address [Subscribe]
© 2025 Lakeside Courier. All rights reserved.
We use cookies to improve your experience. By clicking "Accept" you agree to our use of cookies. Accept | Manage preferences
""", [
    Q("This is not a decision we made lightly,", "direct", "Angela Ruiz"),
    Q("We have tried for two years to recruit obstetricians and nurses, and we simply cannot staff the unit safely.", "direct", "Angela Ruiz"),
    Q("People were crying,", "direct", "Carla Jennings"),
    Q("Some of us were born in this hospital.", "direct", "Carla Jennings"),
    Q("a public health emergency in slow motion", "partial", "Michael Dunn", note="a photo caption with a photographer's name precedes the paragraph"),
    Q("We are not walking away from this community,", "direct", "Angela Ruiz", note="'she said' after 'Dr. Ruiz said'; a caption naming a woman photographer sits just above"),
], not_quotes=["We will not raise property taxes", "running on fumes,", "It's a maternity desert", "Accept"], sep=None)

art("mess-02-water-mt", "scraped", "en", """
Menu Search Log in
International | Politics | Economy | Culture | Sport
Cookies: This site uses cookies for audience measurement and advertising. Accept all | Refuse | Customise
Water: the government announces restrictions in 40 departments
Updated 08/07/2025 at 18:42 | Reading time: 3 min.
The government announced on Monday restrictions on the use of water in 40 departments, after a particularly dry spring in the south of the country.The minister of Ecological Transition, Agnès Morel, detailed the measures during a visit to the Drôme. “We are not in a crisis situation yet but we must act now so as not to be there in August“, she declared.
The watering of gardens and the washing of cars will be prohibited during the day in the departments concerned.“Everyone must make an effort, farmers, industrialists and individuals, nobody will be spared, the minister insisted.
According to Météo-France, the spring was the driest since 1976 in the region.The level of the groundwater is "very low" in two thirds of the monitored aquifers, according to the Bureau of Geological and Mining Research (BRGM).
Farmers' unions reacted with anger. For the president of the FDSEA of the Drôme, Patrick Faure, the measures are”a punishment for those who feed the country”. “We have already reduced our consumption by 30% in ten years.What more do they want?” he asked.
READ ALSO
“Heat wave: the red alert is extended in the Gard”
Agnès Morel also announced an aid fund of 50 million euros for the most affected municipalities.“It is a first step”,reacted the Association of Mayors of France, which is asking for 200 million.
Share Facebook X Whatsapp Copy link
""", [
    Q("We are not in a crisis situation yet but we must act now so as not to be there in August", "direct", "Agnès Morel", note="opened and closed with the same mark “…“"),
    Q("Everyone must make an effort, farmers, industrialists and individuals, nobody will be spared", "direct", "Agnès Morel", broken=True, note="opening mark glued to the previous sentence; closing mark missing before ', the minister insisted' (span ends at the last word)"),
    Q("very low", "partial", "Bureau of Geological and Mining Research", note="straight marks in a curly-quoted text; sentences glued ('region.The level')"),
    Q("a punishment for those who feed the country", "partial", "Patrick Faure", note="wrong-way opening mark glued to the previous word: are”a ..."),
    Q("We have already reduced our consumption by 30% in ten years.What more do they want?", "direct", "Patrick Faure", note="sentences glued inside the quote"),
    Q("It is a first step", "direct", "Association of Mayors of France", note="marks glued on both sides: municipalities.“It ... step”,reacted"),
], not_quotes=["Heat wave: the red alert is extended in the Gard"], sep=None)

art("mess-03-privacy-settlement", "scraped", "en", """
Markets | World | Business | Tech | Sustainability | Legal
Share: [Facebook] [LinkedIn] [X] [Email]
BREAKING NEWS — Fed's Hollis says rates "likely to stay higher for longer" — Oil jumps 3% on supply fears
Tech firm Quantix to pay $310 million to settle privacy lawsuit
By Aaron Whitley
5 min read
A man walks past the Quantix headquarters in San Jose, California, U.S., January 15, 2025. REUTERS/Carlos Mendez/File Photo
SAN FRANCISCO, June 3 (Reuters) - Quantix Inc agreed to pay $310 million to settle a class action lawsuit accusing the software maker of secretly recording users' voice commands and sharing them with advertisers, according to court papers filed on Tuesday.
The settlement, which requires approval from U.S. District Judge Miriam Castellano in San Jose, is among the largest ever in a privacy case involving voice assistants.
"This settlement sends a message that Silicon Valley can't treat people's private conversations as raw material," said Deborah Lang, a lawyer for the plaintiffs.
Quantix denied wrongdoing. "We settled to avoid the cost and distraction of prolonged litigation," company spokesman Rick Tanaka said in an email. "Protecting our users' privacy has always been a priority."
Read more:
Quantix shares slide after CEO calls AI rules "a gift to China"
Exclusive: Regulators probe Quantix data deals
The lawsuit, filed in 2022, alleged that Quantix's "Hey Q" assistant recorded conversations even when users had not said the wake phrase.
Under the settlement, users who owned a Quantix device between 2018 and 2024 can claim up to $40 each. Lang said she expected "millions" of people to file claims.
(Reporting by Aaron Whitley in San Francisco; Editing by Joan Ferris)
Our Standards: The Thomson Reuters Trust Principles.
""", [
    Q("This settlement sends a message that Silicon Valley can't treat people's private conversations as raw material,", "direct", "Deborah Lang"),
    Q("We settled to avoid the cost and distraction of prolonged litigation,", "direct", "Rick Tanaka", note="named spokesperson -> the person"),
    Q("Protecting our users' privacy has always been a priority.", "direct", "Rick Tanaka"),
    Q("millions", "partial", "Deborah Lang"),
], not_quotes=["likely to stay higher for longer", "a gift to China", "Hey Q"], sep=None)

art("mess-04-surveillance-mt", "scraped", "en", """
Home > Politics > Bavaria
Newsletter | Login | Subscribe to E-Paper
Advertisement
Privacy settings: We and our partners use cookies and similar technologies to process personal data. [Agree] [Settings]
Bavaria: Interior Minister wants more video surveillance at train stations
Munich. Bavaria's Interior Minister Thomas Gebhardt (CSU) wants to significantly expand video surveillance at train stations and public squares.„We owe it to the people who use these places every day to make them safe“, Gebhardt said on Wednesday in Munich.
According to the ministry, cameras with automatic image analysis are to be tested in Nuremberg and Augsburg from autumn.The recordings are to be deleted after 72 hours. Around 40 stations are to be equipped by the end of next year.
The Greens in the state parliament sharply criticized the plans. Their interior policy spokeswoman Katharina Seidl spoke of a „surveillance state through the back door“.„Cameras do not prevent a single knife attack, they only film it, said Seidl.
The Bavarian police union welcomed the plans. „Every camera helps our colleagues in the investigation,“ said state chairman Jürgen Pfaff.
Also interesting:
„No more tolerance“: What changes with the new knife law
Share article: Facebook Twitter WhatsApp E-Mail
A video camera at Munich Central Station. Photo: Lena Brandl/dpa
""", [
    Q("We owe it to the people who use these places every day to make them safe", "direct", "Thomas Gebhardt", note="opening mark glued to the previous sentence"),
    Q("surveillance state through the back door", "partial", "Katharina Seidl"),
    Q("Cameras do not prevent a single knife attack, they only film it", "direct", "Katharina Seidl", broken=True, note="opening mark glued to the previous quote's closing mark; closing mark missing before ', said Seidl'"),
    Q("Every camera helps our colleagues in the investigation,", "direct", "Jürgen Pfaff", note="German marks with English punctuation: comma inside"),
], not_quotes=["No more tolerance"], sep=None, open_marks="„")

art("mess-05-dover-page", "scraped", "en", """
Home News Sport Weather iPlayer Sounds Bitesize
Cookies on this site: We use some essential cookies to make this website work. Accept additional cookies | Reject additional cookies | View cookies
England | Local News | Regions | Kent
Dover: Lorry queues stretch 15 miles as new border checks begin
2 hours ago
Share | Save
Image caption, Lorries queued on the M20 near Ashford on Monday morning
Lorry drivers have faced delays of up to 12 hours on roads into Dover on the first day of new biometric border checks.
The Freight Transport Federation said the situation was ‘entirely predictable’ and called for the checks to be paused during the summer holidays.
Driver Tomasz Nowak, 52, said he had been in his cab since 4am. ‘No food, no toilets, nothing,’ he told the BBC.‘I’ve been doing this route for 20 years and I’ve never seen it this bad.’
Kent County Council's leader, Graham Pike, said: 'We warned the government about this in January, and again in March.We were told everything was in hand.'
A Home Office spokesperson said: ‘The new checks are essential to keep our borders secure. We are working closely with French authorities to minimise disruption.’
Related Topics
‘Operation Brock’ to stay in place all summer
Dover
More on this story
'I missed my daughter's wedding': Travellers hit by Dover delays
Top Stories
Seven dead after storm hits Spanish coast
""", [
    Q("entirely predictable", "partial", "Freight Transport Federation"),
    Q("No food, no toilets, nothing,", "direct", "Tomasz Nowak"),
    Q("I’ve been doing this route for 20 years and I’ve never seen it this bad.", "direct", "Tomasz Nowak", note="opening mark glued to 'BBC.'"),
    Q("We warned the government about this in January, and again in March.We were told everything was in hand.", "direct", "Graham Pike", note="straight single marks in a curly-quoted page; glued sentences inside"),
    Q("The new checks are essential to keep our borders secure. We are working closely with French authorities to minimise disruption.", "direct", "Home Office", note="unnamed Home Office spokesperson -> Home Office"),
], not_quotes=["Operation Brock", "I missed my daughter's wedding"], sep=None)

art("mess-06-taxi-mt", "scraped", "en", """
EL DIARIO DEL SUR | Edition: Spain | America | English
Log in | Subscribe from 1 €
We use our own and third-party cookies. Accept cookies and continue browsing or configure your preferences here. ACCEPT
LATEST NEWS: Storm leaves three dead in Murcia • «We are not going to give up», say residents of Alzira • Price of olive oil falls 12%
Taxi drivers in Barcelona call an indefinite strike against ride-hailing apps
Barcelona taxi drivers will begin an indefinite strike on Monday to protest against the expansion of ride-hailing platforms, the main union of the sector announced on Thursday.«We have been warning for years and nobody listens to us», declared the spokesman of Taxi Unit Barcelona, Oriol Puig.
The strike was approved in an assembly attended by some 2,000 drivers.According to the union, 90% voted in favor.
Puig assured that the drivers are “defending a public service“ and accused the city council of having "given up". “We don't want to close anything, we want the same rules for everyone”, he added.
The Barcelona City Council asked for calm. The first deputy mayor, Laia Ferrer, said that the council is "open to dialogue" but that it will not accept "blackmail"."The city cannot be paralyzed by anyone, the first deputy mayor said.
Taxi drivers during a protest in Barcelona last March. (EFE/Marta Pons)
The ride-hailing company RideNow said in a statement that it "respects the right to strike" and that its service will operate normally.
You may also be interested in: "A day without taxis": this is how the last strike went
Comments (34) | Share on WhatsApp | Twitter | Facebook
""", [
    Q("We have been warning for years and nobody listens to us", "direct", "Oriol Puig", note="opening mark glued to 'Thursday.'; speaker after the cue"),
    Q("defending a public service", "partial", "Oriol Puig", note="closed with the opening mark “…“"),
    Q("given up", "partial", "Oriol Puig"),
    Q("We don't want to close anything, we want the same rules for everyone", "direct", "Oriol Puig"),
    Q("open to dialogue", "partial", "Laia Ferrer"),
    Q("blackmail", "partial", "Laia Ferrer"),
    Q("The city cannot be paralyzed by anyone", "direct", "Laia Ferrer", broken=True, note="opening mark glued to the previous closing mark and period; closing mark missing before ', the first deputy mayor said'"),
    Q("respects the right to strike", "partial", "RideNow"),
], not_quotes=["We are not going to give up", "A day without taxis"], sep=None)


def main():
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {}
    for r in rows:
        by.setdefault(r["style"], [0, 0, 0])
        by[r["style"]][0] += 1
        by[r["style"]][1] += len(r["quotes"])
        by[r["style"]][2] += len(r["not_quote_spans"])
    print(f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} quotes, "
          f"{sum(len(r['not_quote_spans']) for r in rows)} not-quote spans -> {OUT}")
    for k, (n, q, nq) in by.items():
        print(f"  {k:10s} {n:2d} articles {q:3d} quotes {nq:2d} not-quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

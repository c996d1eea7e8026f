"""Word lists the pipeline reads: cue verbs, titles, pronouns, furniture markers, per language.

Kept as data so that adding a language or a verb never touches the extraction code. Every list is
lower-case; multi-word entries are matched as phrases.
"""
from __future__ import annotations

from collections.abc import Callable


def _verb_forms(table: str, forms: Callable[..., tuple[str, ...]]) -> tuple[str, ...]:
    """The forms ``forms`` makes of each line of ``table`` (one verb a line, its principal parts
    as written); a present marked * is also a noun ("la note", "la cuenta") and is left out."""
    return tuple(f for line in table.strip().splitlines() for f in forms(*line.split())
                 if not f.endswith("*"))


# Cue verbs of belief rather than speech: after "said he" they tell what the speaker holds, and the
# verb of saying stays the cue ("Trump said he believes Afghanistan was “a terrible mistake”")
BELIEF_CUES = frozenset("""
believes believed thinks thought considers expects expected hopes hoped fears feared
""".split())

# Verbs (and verb phrases) that introduce or attribute speech, in every form a news text prints.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
        "explained", "explains", "explaining", "announced", "announces", "reiterated", "reiterates",
        "recalled", "recalls", "recalling", "underlined", "underlines", "underlining", "stressed",
        "stresses", "stressing", "emphasized", "emphasised", "emphasizes", "emphasises",
        "emphasizing", "argued", "argues", "arguing", "assessed", "assesses", "reaffirmed",
        "reaffirms", "warned", "warns", "warning", "insisted", "insists", "insisting", "noted",
        "notes", "noting", "pointed out", "points out", "pointing out", "clarified", "clarifies",
        "declared", "declares", "stated", "states", "asked", "asks", "replied", "replies",
        "responded", "responds", "continued", "continues", "confirmed", "confirms", "denounced",
        "denounces", "condemned", "condemns", "labeled", "labelled", "labels", "dubbed", "dubs",
        "reads", "read",
        "wrote", "writes", "tweeted", "posted", "admitted", "admits", "acknowledged",
        "acknowledges", "claimed", "claims", "commented", "comments", "observed", "remarked",
        "suggested", "suggests", "urged", "urges", "vowed", "vows", "promised", "promises",
        "predicted", "estimated", "judged", "believes", "believed", "thinks", "considers",
        "described", "describes", "called", "calls", "called for", "calls for", "accused",
        "accuses", "criticized", "criticised", "criticizes", "praised", "welcomed",
        "conceded", "complained", "lamented", "boasted", "joked", "quipped", "recounted",
        "revealed", "disclosed", "affirmed", "contended", "maintained", "mentioned", "cautioned",
        "blasted", "slammed", "dismissed", "denied", "denies", "agreed", "countered", "retorted",
        "shouted", "whispered", "wondered", "explain", "emphasize", "repeated", "highlighted",
        "highlights", "underscored", "underscores", "specified", "answered", "reported",
        "reminded", "reminds", "argue", "assured", "assures", "testified", "recalled",
        "branded", "brands", "spoke of", "speaks of", "called on", "promised to", "vowed to",
        "expects", "expected", "hopes", "hoped", "fears", "feared", "pledged", "announces",
        "demanded", "demands", "questioned", "conceded", "concedes", "reacted", "reacts",
        "alleges", "allege", "alleging", "asserted", "asserts", "contends", "maintains",
        # more speech verbs of news reports, in the forms that attribute (seen in annotated US
        # coverage: "the narrator concluded", "the heckler yelled", "Trump mused")
        "alleged", "concluded", "concludes", "concluding", "declaring", "stating", "remarking",
        "remarks", "chanted", "chanting", "chants", "yelled", "yelling", "yells", "interjected",
        "proclaimed", "proclaims", "proclaiming", "exclaimed", "exclaims", "mused", "muses",
        "elaborated", "emailed", "quoted", "charged", "charges", "decried", "decries", "mocked",
        "thanked", "tweets", "tweeting", "writing", "asking", "accusing", "promising",
        "suggesting", "claiming", "cited", "cites", "citing", "replying", "responding",
        "answering", "vowing", "pledging", "predicting", "admitting", "conceding", "continuing",
        "scoffed", "sneered", "snapped", "groaned", "sighed", "shrugged", "laughed", "cracked",
        "blared", "screamed", "hollered", "implored", "pleaded", "begged", "lectured", "marveled",
        "marvelled", "gushed", "raved", "fumed", "complains", "laments", "boasts", "jokes",
        "quips", "recounts", "reveals", "observes", "counters", "retorts", "wonders", "opined",
        "opines", "posits", "posited", "surmised", "acknowledging", "announcing", "confirming",
        "denying", "beamed", "barked", "growled", "cried", "shot back", "fired back",
        "went on to say", "quipping", "joking", "boasting", "complaining", "lamenting", "put it",
        "puts it", "remembered", "echoed", "echoing",
        "pressed", "agrees", "cut in", "chimed in", "interjecting", "interjects",
        "calling", "write", "reports", "describing",
        "denouncing", "mocking", "mocks", "implied", "vented", "blamed",
        "advised", "advises", "cautions", "bragged", "brags", "texted",
    ),
    "fr": (
        "a déclaré", "a dit", "a expliqué", "a ajouté", "a estimé", "a souligné", "a rappelé",
        "a affirmé", "a réaffirmé", "a annoncé", "a dénoncé", "a insisté", "a précisé",
        "a averti", "a assuré", "a jugé", "a indiqué", "a martelé", "a lancé", "a confié",
        "a reconnu", "a refusé de préciser", "a regretté", "a fait valoir", "a poursuivi",
        "fait valoir", "font valoir", "faisait valoir", "ont fait valoir",
        "déclare", "dit", "explique", "ajoute", "estime", "souligne", "rappelle", "affirme",
        "annonce", "insiste", "précise", "assure", "indique", "lance", "confie", "poursuit",
        "déclaré", "expliqué", "ajouté", "estimé", "souligné", "rappelé", "affirmé", "réaffirmé",
        "annoncé", "dénoncé", "insisté", "précisé", "averti", "assuré", "jugé", "indiqué",
        "martelé", "lancé", "confié", "reconnu", "regretté", "poursuivi", "selon",
        "dénonce", "décrit", "a décrit", "salue", "a salué", "fustige", "a fustigé", "critique",
        "a critiqué", "qualifie", "a qualifié", "évoque", "a évoqué", "parle", "a parlé",
        "promet", "a promis", "appelle", "a appelé", "s’est dit", "s'est dit", "s’est félicité",
        "s’est félicitée", "s'est félicité", "s'est félicitée", "s’indigne", "s'indigne",
        "s’inquiète", "s'inquiète", "s’alarme", "s'alarme", "se félicite", "se réjouit",
        "déplore", "a déploré", "regrette", "tranche", "ironise", "prévient", "a prévenu",
        "conclut", "résume", "raconte", "a raconté", "témoigne", "a témoigné", "avance",
        "reconnaît", "admet", "soupire", "glisse", "lâche", "commente", "répond", "a répondu",
        "réagit", "a réagi", "détaille", "nuance", "accuse", "a accusé", "juge", "plaide",
        "a plaidé", "affirme", "insiste", "martèle", "souffle", "s’emporte", "s'emporte",
        "a demandé", "demande", "a écrit", "écrit", "a indiqué", "a souligné",
        "a confirmé", "confirme", "a admis", "a nié", "nie", "a répliqué", "a rétorqué", "rétorque",
        "a tweeté", "a mis en garde", "met en garde", "ont déclaré", "ont dit", "ont expliqué",
        "ont affirmé", "ont indiqué", "ont souligné", "ont estimé", "ont dénoncé", "ont assuré",
        "ont averti", "a observé", "observe", "a noté", "a argué", "argue",
        # what someone may say ("Les enfants peuvent dire, « J'ai des picotements »")
        "peut dire", "peuvent dire", "pourrait dire", "pourraient dire",
    ) + _verb_forms("""
déclarer déclare déclarent déclaré
dire dit disent dit
expliquer explique expliquent expliqué
ajouter ajoute ajoutent ajouté
estimer estime estiment estimé
souligner souligne soulignent souligné
rappeler rappelle rappellent rappelé
affirmer affirme affirment affirmé
annoncer annonce annoncent annoncé
préciser précise précisent précisé
assurer assure assurent assuré
indiquer indique indiquent indiqué
avertir avertit avertissent averti
dénoncer dénonce dénoncent dénoncé
confirmer confirme confirment confirmé
reconnaître reconnaît reconnaissent reconnu
insister insiste insistent insisté
juger juge* jugent jugé
regretter regrette regrettent regretté
déplorer déplore déplorent déploré
répondre répond répondent répondu
raconter raconte racontent raconté
confier confie confient confié
prévenir prévient préviennent prévenu
écrire écrit écrivent écrit
marteler martèle martèlent martelé
promettre promet promettent promis
réclamer réclame réclament réclamé
demander demande* demandent demandé
observer observe observent observé
noter note* notent noté
commenter commente commentent commenté
résumer résume résument résumé
conclure conclut concluent conclu
poursuivre poursuit poursuivent poursuivi
renchérir renchérit renchérissent renchéri
répliquer réplique répliquent répliqué
rétorquer rétorque rétorquent rétorqué
témoigner témoigne témoignent témoigné
admettre admet admettent admis
nier nie nient nié
lancer lance* lancent lancé
accuser accuse accusent accusé
qualifier qualifie qualifient qualifié
soutenir soutient soutiennent soutenu
clamer clame clament clamé
penser pense pensent pensé
croire croit croient cru*
""", lambda lemma, sg, pl, pp: (sg, pl, pp, f"a {pp}", f"ont {pp}", f"avait {pp}", f"avaient {pp}",
                                   f"aurait {pp}", f"auraient {pp}", f"va {lemma}", f"vont {lemma}")
    ) + (
        "se rappelle", "se souvient", "s'interroge", "s’interroge", "s'étonne", "s’étonne",
    ),
    "de": (
        "sagte", "sagt", "gesagt", "erklärte", "erklärt", "betonte", "betont", "fügte hinzu",
        "fügte", "fügt",
        "warnte", "warnt", "meinte", "meint", "sagten", "erklärten", "unterstrich", "bekräftigte",
        "kritisierte", "forderte", "schrieb", "teilte mit", "so", "laut", "zufolge", "räumte ein",
        "versicherte", "mahnte", "kündigte an", "hieß es", "sprach von", "spricht von",
        "nannte", "nennt", "bezeichnete", "bezeichnet", "kritisiert", "forderte", "fordert",
        "warf vor", "räumte ein", "ergänzte", "ergänzt", "betonte", "sagt", "meinte", "lobte",
        "begrüßte", "verwies", "berichtete", "erklärten", "sagten", "zufolge",
        "erläuterte", "bestätigte", "räumt ein", "gab zu", "gab an", "fügte an", "widersprach",
        "entgegnete", "antwortete", "argumentierte", "mahnt", "klagte", "beklagte", "befürchtete",
        "hofft", "hoffte", "versprach", "verspricht", "kündigt an", "erinnerte", "schreibt",
        "teilt mit", "unterstreicht", "lobt", "bemängelte", "monierte", "stellte klar",
        "machte deutlich", "betonten", "warnten", "kritisierten", "forderten",
        "zitierte", "zitierten",
        # a separable verb is one word at the end of a subordinate clause ("Wie die Polizei
        # mitteilte, …"), its participle one word too ("hat angekündigt")
        "mitteilte", "mitteilten", "mitgeteilt", "hinzufügte", "hinzugefügt", "einräumte",
        "eingeräumt", "ankündigte", "angekündigt", "angab", "angaben", "zugab", "zugegeben",
        "bekanntgab", "bekanntgegeben", "klarstellte", "klargestellt", "vorwarf", "hinwies",
        "ist der ansicht", "war der ansicht", "ist der meinung", "war der meinung",
        "sind der ansicht", "sind der meinung", "zu lesen",
    ) + _verb_forms("""
sagt sagen sagte sagten
erklärt erklären erklärte erklärten
betont betonen betonte betonten
erläutert erläutern erläuterte erläuterten
fragt fragen fragte fragten
antwortet antworten antwortete antworteten
erwidert erwidern erwiderte erwiderten
entgegnet entgegnen entgegnete entgegneten
verkündet verkünden verkündete verkündeten
berichtet berichten berichtete berichteten
bestätigt bestätigen bestätigte bestätigten
versichert versichern versicherte versicherten
warnt warnen warnte warnten
meint meinen meinte meinten
kritisiert kritisieren kritisierte kritisierten
fordert fordern forderte forderten
ergänzt ergänzen ergänzte ergänzten
schreibt schreiben schrieb schrieben
unterstreicht unterstreichen unterstrich unterstrichen
bekräftigt bekräftigen bekräftigte bekräftigten
lobt loben lobte lobten
klagt klagen klagte klagten
beklagt beklagen beklagte beklagten
staunt staunen staunte staunten
ruft rufen rief riefen
erzählt erzählen erzählte erzählten
gesteht gestehen gestand gestanden
räumt räumen räumte räumten
verrät verraten verriet verrieten
mahnt mahnen mahnte mahnten
bemerkt bemerken bemerkte bemerkten
resümiert resümieren resümierte resümierten
eröffnet eröffnen eröffnete eröffneten
kommentiert kommentieren kommentierte kommentierten
""", lambda *forms: forms) + (
        "heißt es", "hieß es", "erinnert sich", "erinnerte sich", "gibt sich", "gab sich",
        "zeigt sich", "zeigte sich", "so der", "so die",
    ),
    "es": (
        "dijo", "dice", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "añadió",
        "añade", "aseguró", "asegura", "señaló", "señala", "subrayó", "subraya", "advirtió",
        "advierte", "indicó", "indica", "insistió", "recordó", "destacó", "manifestó",
        "sostuvo", "agregó", "según", "ha dicho", "ha afirmado", "ha señalado", "ha declarado",
        "calificó", "califica", "describió", "describe", "criticó", "critica", "habló",
        "denunció", "denuncia", "reconoció", "lamentó", "celebró", "pidió", "prometió",
        "aseguró", "apuntó", "precisó", "añadió", "opinó", "consideró", "considera", "advirtió",
        "explicó", "contó", "relató", "respondió", "defendió", "sentenció", "concluyó",
        "anunció", "anuncia", "ha anunciado", "comentó", "comenta", "aseveró", "puntualizó",
        "matizó", "insiste", "recalcó", "enfatizó", "expresó", "expuso", "sostiene", "agrega",
        "ha explicado", "ha asegurado", "ha indicado", "ha añadido", "ha subrayado", "ha advertido",
        "ha reconocido", "ha destacado", "ha manifestado", "apunta", "precisa", "reconoce",
        "lamenta", "admitió", "admite", "aclaró", "aclara", "confesó", "confirmó", "confirma",
        "negó", "niega", "replicó", "contestó", "escribió", "ha escrito", "publicó", "reclamó",
        "exigió", "alertó", "avisó", "dijeron", "afirmaron", "señalaron", "explicaron",
        "aseguraron", "indicaron", "declararon",
    ) + _verb_forms("""
decir dice dicen dijo dijeron dicho
afirmar afirma afirman afirmó afirmaron afirmado
declarar declara declaran declaró declararon declarado
explicar explica explican explicó explicaron explicado
añadir añade añaden añadió añadieron añadido
asegurar asegura aseguran aseguró aseguraron asegurado
señalar señala señalan señaló señalaron señalado
subrayar subraya subrayan subrayó subrayaron subrayado
advertir advierte advierten advirtió advirtieron advertido
indicar indica indican indicó indicaron indicado
insistir insiste insisten insistió insistieron insistido
recordar recuerda recuerdan recordó recordaron recordado
destacar destaca destacan destacó destacaron destacado
sostener sostiene sostienen sostuvo sostuvieron sostenido
agregar agrega agregan agregó agregaron agregado
denunciar denuncia denuncian denunció denunciaron denunciado
reconocer reconoce reconocen reconoció reconocieron reconocido
lamentar lamenta lamentan lamentó lamentaron lamentado
precisar precisa precisan precisó precisaron precisado
responder responde responden respondió respondieron respondido
anunciar anuncia anuncian anunció anunciaron anunciado
comentar comenta comentan comentó comentaron comentado
confirmar confirma confirman confirmó confirmaron confirmado
explicitar explicita explicitan explicitó explicitaron explicitado
escribir escribe escriben escribió escribieron escrito
admitir admite admiten admitió admitieron admitido
aclarar aclara aclaran aclaró aclararon aclarado
criticar critica* critican criticó criticaron criticado
relatar relata relatan relató relataron relatado
contar cuenta* cuentan contó contaron contado
apuntar apunta apuntan apuntó apuntaron apuntado
preguntar pregunta* preguntan preguntó preguntaron preguntado
""", lambda lemma, sg, pl, ps, ppl, pp: (sg, pl, ps, ppl, f"ha {pp}", f"han {pp}", f"había {pp}",
                                           f"habían {pp}")),
}

# Cue forms that attribute by preposition rather than by a verb ("according to X", "selon X").
ACCORDING_TO: tuple[str, ...] = ("according to", "in the words of", "selon", "d'après", "d’après",
                                 "laut", "nach angaben", "según", "de acuerdo con", "zufolge")

# Verbs that name or label rather than report speech: a quote after them is a title or a term.
NAMING_CUES: tuple[str, ...] = (
    "so-called", "so called", "dubbed", "nicknamed", "known as", "titled", "entitled", "named",
    "the book", "the film", "the movie", "the song", "the album", "the show", "the series",
    "the novel", "the play", "the exhibition", "the documentary", "the hashtag", "the slogan",
    "the operation", "operation", "the campaign", "the programme", "the program", "the project",
    "soi-disant", "sogenannte", "sogenannten", "sogenannter", "llamado", "llamada",
    "denominado", "denominada", "memoir", "the memoir", "his memoir", "her memoir", "thriller",
    "the thriller", "comedy", "drama", "banner", "the banner", "under the banner", "motto",
    "the motto", "headline", "headlined", "the headline", "the report", "report titled",
    "column", "the column", "podcast", "the podcast", "exhibition", "brand", "the brand",
    "label", "the label", "nickname", "the nickname", "roman", "le roman", "le film", "le livre",
    "l’opération", "l'opération", "das buch", "der film", "el libro", "la película",
)
# What a crowd chants and a sign or a shirt reads: the words after them are someone's, even
# capitalised like a title ("chants of “Marco! Marco!”", "a shirt that read “Settle for Hillary”").
SLOGAN_CUES: tuple[str, ...] = (
    "chant", "chants", "chanting", "chanted", "chants of", "shouts of", "cries of", "shouting",
    "shouted", "yelling", "yelled", "screaming", "screamed", "read", "reads", "reading", "says",
    "slogan", "signature slogan", "usual campaign slogan",
)
# Patterns of naming with words in between: "known around the docks as", "dubbed by fans".
NAMING_PATTERNS: tuple[str, ...] = (
    r"known\b[^.,;:]{0,40}\bas", r"referred to\b[^.,;:]{0,30}\bas", r"nicknamed\b[^.,;:]{0,30}",
    r"dubbed\b[^.,;:]{0,30}", r"(?:entitled|titled)\b[^.,;:]{0,3}",
    # "a company called “X”" names a thing; "what she called “non-core”" quotes her words
    r"(?<!\b(?:he|she|they|we|i|you)(?:\s+(?:has|had|have|once|also|later|then|previously))?\s+)called\b[^.,;:]{0,3}",
    r"(?:book|novel|film|movie|memoir|song|album|series|show|play|documentary|thriller)\s*,",
)

PRONOUNS: dict[str, dict[str, str]] = {
    # pronoun -> "m" / "f" / "n" (organisation or thing) / "p" (plural)
    "en": {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "x"},
    "fr": {"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "p"},
    "de": {"er": "m", "sie": "f"},
    "es": {"él": "m", "ella": "f", "ellos": "p", "ellas": "p"},
}

# Abbreviated titles written with a full stop before a name ("said Dr. Angela Ruiz", "M. Macron"):
# that full stop never ends a sentence.
NAME_ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt", "Cpt",
    "Adm", "Sgt", "Maj", "Cpl", "Rev", "Fr", "Hon", "Supt", "Insp", "Det", "Mgr", "Me", "M", "Sr",
    "Sra", "Srta", "Dña", "Hr", "Fr", "Pr", "Del")

# Words of titles and offices: stripped from a name ("NATO Secretary-General Jens Stoltenberg").
TITLE_WORDS: frozenset[str] = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. prof prof. del. sir dame lord lady sen. sen rep. rep gov. gov gen. gen
col. col lt. capt. adm. sgt. maj. cpl. rev. rev reverend fr. msgr. hon. supt. det.
supt sgt insp det capt cpl maj adm lt
president vice prime minister ministers secretary secretary-general speaker
adviser advisor comedian speechwriter strategist pollster pastor columnist anchor host
nurse priest sheriff detective farmer photographer legislator mogul tycoon magnate businessman
businesswoman investor financier banker pundit filmmaker lobbyist councillor councilman
councilwoman entrepreneur billionaire
general spokesperson spokesman spokeswoman chancellor chief chairman chairwoman chair ceo cfo
senator representative congressman congresswoman governor mayor king queen prince princess pope
ambassador commissioner director judge justice premier deputy foreign defence defense interior
finance economy health leader head envoy minister-president president-elect former acting
interim top senior official officer spokes commander admiral colonel lieutenant captain sergeant
archbishop bishop cardinal rabbi imam sheikh emir sultan ayatollah professor doctor attorney
counsel lawyer analyst economist expert researcher editor editor-in-chief founder co-founder
executive board secretary-generals state chief-of-staff staff high representative
président présidente ministre secrétaire général générale porte-parole chef cheffe
premier première m. mme maire député députée sénateur sénatrice juge procureur procureure
professeur professeure docteur docteure
bürgermeister bürgermeisterin abgeordnete abgeordneter staatssekretär vorsitzende vorsitzender
alcalde alcaldesa diputado diputada senador senadora juez jueza fiscal
councilwoman councilman councillor councilor alderman alderwoman assemblyman assemblywoman
congressman congresswoman businessman businesswoman chairperson striker midfielder defender
anchorman anchorwoman newsman newswoman committeeman committeewoman selectman selectwoman
policeman policewoman fireman statesman stateswoman sportsman sportswoman frontman
dutchman frenchman englishman irishman scotsman welshman countryman countrywoman
goalkeeper coach manager driver farmer resident teacher nurse doctor worker owner
spokesperson kapitän trainer trainerin sportdirektor me maître
präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin bundeskanzler
professorin doktorin
presidente ministro ministra secretario secretaria portavoz jefe jefa
""".split())

# Endings of compound titles (German): "Verkehrsministerin", "Vorstandschef", "Sportdirektor".
TITLE_SUFFIXES: tuple[str, ...] = (
    "minister", "ministerin", "chef", "chefin", "direktor", "direktorin", "führer", "führerin",
    "präsident", "präsidentin", "sprecher", "sprecherin", "leiter", "leiterin", "vorsitzende",
    "vorsitzender", "trainer", "trainerin", "kapitän", "kapitänin", "meister", "meisterin",
    "sekretär", "sekretärin", "beauftragte", "beauftragter", "richter", "richterin",
    "anwalt", "anwältin",
)

# Nouns of roles and bodies that head a speaker phrase written in lower case ("the NATO chief").
ROLE_NOUNS: frozenset[str] = frozenset("""
manager coach trainer boss captain ceo chair attorney counsel solicitor barrister doctor physician
magistrate abogado abogada anwalt anwältin arzt ärztin richter richterin staatsanwalt
staatsanwältin geschäftsführer directora entrenador técnico míster entraîneur sélectionneur
médecin médico pdg
chief head diplomat minister ministers spokesperson spokesman spokeswoman official officials
president leader leaders allies ally secretary general ambassador envoy source sources analyst
analysts expert experts director chairman chairwoman governor mayor senator lawmaker lawmakers
prosecutor prosecutors police spokespeople representative delegate delegation government
ministry administration office council commission committee agency army military authorities
document declaration statement communique communiqué report text letter resolution
organisation organization alliance bloc union company firm court judge lawyer lawyers
premier chancellor commander general officer officers negotiator negotiators activist activists
researcher researchers scientist scientists economist economists witness witnesses resident
residents member members country countries nation nations state states party parties group
groups foreign affairs prime counterpart counterparts executive executives
man woman men women voter voters supporter supporters protester protesters attendee attendees
student students teacher teachers worker workers strategist strategists pollster pollsters
adviser advisers advisor advisors aide aides consultant consultants candidate candidates nominee
critic critics rival rivals opponent opponents observer observers organizer organizers operative
operatives insider insiders
donor donors owner founder professor historian commentator columnist reporter reporters
journalist journalists friend friends staffer staffers editor editors backer backers person
host author user congressman congresswoman employee employees speechwriter crowd audience
singer actor actress writer musician novelist artist rapper comedian producer
nurse player priest pastor bishop rabbi imam sheriff detective soldier veteran farmer driver
photographer legislator demonstrator victim survivor neighbor neighbour relative mogul tycoon
magnate billionaire businessman businesswoman entrepreneur investor financier banker
pundit celebrity filmmaker lobbyist volunteer trustee councillor councilman councilwoman
mother father wife husband daughter son widow widower sister brother grandmother grandfather
secrétaire général générale ministre chef cheffe président présidente porte-parole dirigeant
dirigeants diplomate responsable responsables alliés gouvernement ministère déclaration texte
communiqué document représentant ambassadeur maire député députée sénateur juge procureur
avocat avocate porte-parole syndicat
chanteur chanteuse interprète artiste acteur actrice musicien musicienne écrivain écrivaine
auteur autrice romancier romancière
sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin chef chefin
regierung erklärung diplomat generalsekretär bürgermeister bürgermeisterin abgeordnete
abgeordneter vorsitzende vorsitzender sänger sängerin schauspieler schauspielerin autor autorin
referent referentin professorin
portavoz ministro ministra presidente presidenta secretario secretaria jefe jefa gobierno
declaración documento diplomático aliados alcalde alcaldesa diputado diputada senador
senadora juez jueza fiscal cantante actriz escritor escritora
directeur directrice rédacteur rédactrice professeur professeure journaliste chercheur
chercheuse enquêteur enquêtrice policier policière commissaire conseiller conseillère fondateur
fondatrice patron patronne économiste analyste experte spécialiste joueur joueuse capitaine
adjoint adjointe gérant gérante propriétaire élu élue militant militante candidat sénatrice
ingénieur ingénieure infirmier infirmière délégué déléguée administrateur administratrice
commandant gouverneur historien historienne dirigeante présentateur présentatrice animateur
animatrice réalisateur réalisatrice producteur productrice scientifique sociologue politologue
officier ambassadrice représentante vice-président vice-présidente
direktor direktorin journalist journalistin forscher forscherin polizist polizistin ermittler
ermittlerin experte expertin professor leiter leiterin chefredakteur chefredakteurin gründer
gründerin analystin ökonom ökonomin wissenschaftler wissenschaftlerin vertreter vertreterin
spieler spielerin kapitän geschäftsführerin inhaber inhaberin besitzer besitzerin lehrer
lehrerin kandidat kandidatin politiker politikerin oberbürgermeister oberbürgermeisterin
verteidiger verteidigerin berater beraterin mitarbeiter mitarbeiterin staatssekretär
staatssekretärin landrat landrätin
periodista investigador investigadora profesor profesora experto experta analista economista
fundador fundadora dueño dueña jugador jugadora capitán candidato candidata testigo
""".split())

# Words that make a capitalised run a place or an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset("""
korea zealand africa america arabia kingdom states union republic council ministry party
assembly parliament summit agency bank fund organization organisation nations pacific atlantic
sea ocean strip airlines news times post english press group forces army office house court
committee commission department university institute foundation company corporation inc ltd
media channel television radio agency front movement alliance coalition federation league
south north east west new united saudi sri hong san los las buenos costa gulf middle europe
asia indo-pacific euro-atlantic coast island islands city county province region district
corée sud nord union états conseil ministère parti assemblée banque nations
partners bio labs lab systems technologies technology holdings capital motors pharma foods
trust inc corp co llc plc gmbh ag sa securities freightways logistics airways energy
upper lower great little old port mount saint st fort lake glen valley hills heights
hospital hospitals clinic clinics school schools college academy museum library center centre
club society services police network airport prison hotel stadium authority board bureau
association institution tribunal cathedral mosque orchestra theatre theater studios records
forest river mountains mountain desert canyon peninsula square street avenue road bridge
station highway administration chamber development affairs
music entertainment pictures pharmaceuticals networks journal tribune herald magazine gallery daily
restaurant fc
act acts treaty accord accords agreement amendment constitution charter protocol directive statute
""".split())

# adverbs before a subject ("Now Bloomberg is …", "Even Lindsey Graham said"): no part of a name,
# though the subject after them is one
ADVERB_OPENERS = frozenset({"Now", "Both", "Even", "Only", "Just", "Neither", "Either"})
# a judgement and whom it concerns, opening a sentence before its subject ("Lucky for us, the
# …", "Worse for Trump, …"): never the subject itself
VERDICT_OPENERS = ("lucky", "luckier", "unlucky", "fortunate", "unfortunate", "worse", "better",
                   "good", "bad", "great", "sad", "tough", "easier", "harder")
# words after which a name is an object or the second of a pair, not the head of an
# appositive ("In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate
# stated": the candidate speaks, not Brzezinski)
OBJECT_MARKERS = frozenset("""
and or nor with to by for of at in on from between among including like than about against into
onto toward towards upon via versus
""".split())
# of those, the ones whose noun is the object of the verb before it, never the subject of a
# participle after it ("wrote a letter to Loretta E. Lynch asking": Lynch asks nothing; after
# "from", "about" or "on" a noun is as often the subject of a gerund: "no different from Bush
# calling")
OBJECT_PREPOSITIONS = frozenset("to at for toward towards".split())
# what someone named right after a quote may have done without saying it ("“…,” an angry
# Hollande retaliated" says it; "“…,” the crowd smiled" does not)
NOT_SPEECH_ACTS = frozenset("""
walked smiled laughed nodded paused stopped started ended died arrived left entered waved
""".split())
# what follows a surname and leaves a person a person ("Vann R. Newkirk II", "Joseph R. Biden Jr.")
GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# German articles, which never stand inside a person's name unless a particle precedes them
ARTICLES_INSIDE_NAMES = frozenset({"der", "die", "das", "des", "dem", "den"})
# after these a capitalised word is a name, whatever else it may mean ("Mr. King", "Dr. Pope")
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. m. mme mme. herr frau sr. sra.".split())
# Titles that only people carry: "Mr. Obama", "President Obama" name a person though the article
# never prints a first name ("General Motors" shows why "general" is not one of them)
PERSON_TITLES = HONORIFICS | frozenset("""
sen sen. rep rep. gov gov. president senator governor chancellor pope congressman congresswoman
judge justice mayor queen king prince princess sir dame lord monsieur madame señor señora
presidente präsident präsidentin professor professeur professeure docteur docteure
""".split())

# Things that "say" in news ("the lawsuit says", "the ad concludes"): never a person named before
THING_NOUNS = frozenset("""
lawsuit suit complaint filing ruling opinion survey poll study website site ad ads advert
commercial video clip pitch book article piece story column editorial email emails message
petition brochure listing transcript indictment motion brief platform
""".split())
# People a story does not name ("the man shouted", "the narrator says", "a source said"): someone
# named before is meant only when the article gave them that very word
ANONYMOUS_ROLES = frozenset("""
man woman men women boy girl crowd audience narrator announcer voice source sources official
officials protester protesters heckler voter voters resident residents supporter supporters
attendee attendees caller person people reader readers viewer viewers passenger passengers
worker workers student students teacher teachers witness witnesses
""".split())

# Roles that are someone else than the one who has them: "his lawyer said", "Trump's wife said" are
# neither him nor Trump (while "his campaign", "her office" speak for their owner)
OTHER_PERSON_ROLES = frozenset("""
lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides adviser advisers
advisor advisors wife husband daughter son mother father sister brother friend friends doctor
physician assistant niece nephew widow manager consultant consultants
pollster staffer staffers
supporter supporters backer backers fan fans critic critics opponent opponents rival rivals
""".split())

# Words for the same role: "el entrenador, Rubén Cifuentes" is later "el técnico".
ROLE_SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "coach manager trainer boss entrenador técnico míster entraîneur sélectionneur trainer "
    "coach-in-chief",
    "spokesman spokeswoman spokesperson porte-parole portavoz sprecher sprecherin representative rep",
    "lawyer attorney counsel solicitor barrister avocat avocate abogado abogada anwalt anwältin",
    "president chairman chairwoman chair président présidente presidente präsident präsidentin",
    "ceo chief executive boss pdg patron director directora geschäftsführer chef",
    "minister ministre ministro ministra minister ministerin",
    "mayor maire alcalde alcaldesa bürgermeister bürgermeisterin",
    "judge juge juez jueza richter richterin magistrate",
    "prosecutor procureur fiscal staatsanwalt staatsanwältin",
    "doctor physician médecin médico arzt ärztin",
))

# Verbs whose subject, opening a sentence, is a body even when named only there ("Apple said").
VERBS_AFTER_BODY: tuple[str, ...] = (
    "said", "says", "announced", "declined", "told", "confirmed", "denied", "reported", "added",
    "argued", "warned", "insisted", "stated", "dit", "a", "sagte", "erklärte", "dijo")

# Endings of compound words that name bodies ("Verwaltungsgericht", "Bundesministerium").
ORG_SUFFIXES: tuple[str, ...] = (
    "gericht", "ministerium", "behörde", "verband", "konzern", "kammer", "gesellschaft",
    "institut", "partei", "verein", "stiftung", "agentur", "gewerkschaft", "regierung")

# Dotted acronyms that are bodies or places, not a person's initials ("U.S. Senate" / "J.M. Berger").
DOTTED_ACRONYMS: frozenset[str] = frozenset(
    "U.S. U.K. U.N. E.U. U.S.A. D.C. N.Y. L.A. U.A.E. P.R. G.O.P. N.J. N.H. N.C. S.C.".split())

# Adjectives that may precede a role noun inside a speaker phrase.
ROLE_ADJECTIVES: frozenset[str] = frozenset("""
former deputy top senior acting interim outgoing new foreign defence defense chief junior
russian chinese american french german british ukrainian european israeli iranian turkish
longtime veteran fellow retired vice political conservative liberal progressive
""".split())

# Words news prints before a name that are no part of it ("Retired Lt. Gen. Michael Flynn").
NAME_DESCRIPTORS: frozenset[str] = frozenset("""
retired former late rival democrat democratic republican gop independent conservative liberal
then-candidate candidate nominee presumptive incumbent outgoing incoming embattled veteran
""".split()) | ROLE_ADJECTIVES

DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "document declaration statement communique communiqué report text letter resolution "
    "memo note post tweet release study memoir playbook documents filing survey transcript "
    "rapport lettre étude sondage texte "
    "bericht mitteilung pressemitteilung erklärung dokument studie umfrage "
    "informe comunicado declaración documento estudio encuesta"
    .split())

# A ministry's portfolio, capitalised after its minister in French and Spanish ("la ministre de
# la Santé Tanya Plibersek", "el ministro del Interior Fernando Grande-Marlaska"): a role that
# runs into the name after it, when a first name and a surname follow.
PORTFOLIOS: frozenset[str] = frozenset("""
santé intérieur justice défense économie finances budget culture éducation travail emploi
agriculture environnement écologie logement transports sports armées outre-mer étrangères
sanidad interior justicia defensa economía hacienda cultura educación trabajo exteriores
""".split())

# Plural nouns of people who speak together ("Les habitants racontent : « … »", "die Anwohner
# sagen"): a group, never the person last named. English keeps its own list in attribute.py.
GROUP_NOUNS: dict[str, frozenset[str]] = {
    "fr": frozenset("""
enfants parents habitants riverains manifestants spécialistes chercheurs scientifiques médecins
élus responsables dirigeants ministres députés sénateurs syndicats syndicalistes enquêteurs
policiers gendarmes pompiers témoins analystes observateurs militants opposants partisans
électeurs salariés employés ouvriers agriculteurs étudiants élèves enseignants professeurs
avocats juges procureurs sauveteurs secouristes soldats militaires rebelles autorités sources
proches familles victimes organisateurs supporters fans internautes utilisateurs consommateurs
""".split()),
    # (only plurals unlike their singular: "der Anwohner", "der Abgeordnete" are one person)
    "de": frozenset(w.casefold() for w in """
Kinder Eltern Demonstranten Fachleute Ärzte Gewerkschaften Polizisten Feuerwehrleute Zeugen
Analysten Aktivisten Landwirte Studenten Anwälte Staatsanwälte Soldaten Rebellen Behörden
Organisatoren Fans
""".split()),
    "es": frozenset("""
niños padres vecinos habitantes manifestantes especialistas investigadores científicos médicos
políticos diputados senadores sindicatos investigadores policías bomberos testigos analistas
observadores activistas opositores partidarios votantes trabajadores empleados agricultores
estudiantes alumnos profesores abogados jueces fiscales rescatistas soldados rebeldes
autoridades fuentes familiares víctimas organizadores aficionados usuarios consumidores
""".split()),
}

# Nouns of time: a phrase they head ("The other night, he said", "Last week") is when, not who.
TIME_NOUNS: frozenset[str] = frozenset("""
night nights day days morning mornings evening evenings afternoon afternoons week weeks weekend
weekends month months year years hour hours minute minutes moment moments decade decades
season seasons summer winter spring autumn fall time times
nuit soir soirée matin matinée journée jour semaine mois année an
nacht abend morgen vormittag nachmittag tag woche monat jahr
""".split())

# Cues whose subject is an impersonal pronoun ("In dem Bericht heißt es", "it says"): whatever
# stands before them is a time, a place or a document, never the one who speaks; the source,
# when the sentence names one, is the phrase a preposition of source opens ("heißt es in der
# Pressemitteilung", "aus Koalitionskreisen hieß es", "war in der Zeitung zu lesen").
IMPERSONAL_CUES: frozenset[str] = frozenset(c.casefold() for c in ("heißt es", "hieß es",
                                                                   "zu lesen"))
SOURCE_PREPOSITIONS: tuple[str, ...] = ("in", "im", "aus", "von", "vom", "bei", "beim", "auf")

# Trailing adverbials between a subject and its cue verb ("NATO on Wednesday denounced").
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "janvier", "février", "mars", "avril", "mai",
          "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
          "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
          "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                       "dec")
ADVERBS = ("also", "then", "again", "later", "earlier", "already", "repeatedly", "reportedly",
           "previously", "recently", "further", "once", "publicly", "officially", "firmly",
           "strongly", "clearly", "openly", "flatly", "quickly", "simply", "bluntly", "finally",
           "still", "just", "even", "only", "has", "have", "had", "was", "were", "is", "are",
           "did", "does", "do", "would", "will", "could", "may", "might", "had", "reportedly",
           "for the first time", "in a statement", "in an interview", "at a press conference",
           "at a briefing", "on twitter", "on x", "on facebook", "in a speech", "in a post",
           "himself", "herself", "today", "yesterday", "tonight", "this week", "last week",
           "aussi", "également", "encore", "auch", "noch", "también",
           # ("Wie Wilkie heute erklärte", "a déjà déclaré"): words of time that are never a name
           "heute", "gestern", "bereits", "schon", "jetzt", "zuvor", "erneut", "später", "damals",
           "ebenfalls", "außerdem", "zudem", "kürzlich", "inzwischen", "mittlerweile",
           "aujourd'hui", "aujourd’hui", "déjà", "récemment", "ensuite", "hoy", "además")

# Words that open page furniture lines and sections.
FURNITURE_LINE_PREFIXES: tuple[str, ...] = (
    "breaking:", "breaking news", "latest news:", "latest:", "live:", "you may also be interested",
    "also interesting:", "more on this story", "related topics", "share:", "share this article",
    "read more", "read also", "also read", "see also", "related:", "watch:", "listen:",
    "more:", "recommended:", "advertisement", "sponsored", "share this", "follow us",
    "follow information", "sign up", "subscribe", "click here", "lire aussi", "à lire aussi",
    "a lire aussi", "voir aussi", "lesen sie auch", "mehr zum thema", "auch interessant",
    "leer más", "lea también", "te puede interesar", "photo:", "image:", "video:", "credit:",
    "source:", "©", "copyright", "all rights reserved", "tags:", "- a word from our sponsors",
    "please enter your", "(function", "window.", "var ", "document.",
)
# A header alone on its line that opens a block of other stories, up to the next blank line.
FURNITURE_SECTION_HEADERS: tuple[str, ...] = (
    "breaking", "breaking news", "related news", "most read", "most popular", "read next",
    "trending", "latest", "latest news", "more from author", "more stories", "top stories",
    "coverage", "newsletter", "comments", "les plus lus", "meistgelesen", "lo más leído",
    "en directo", "live", "a word from our sponsors",
)
# A header that opens a list of links: the headline-like lines under it (no full stop) go too.
FURNITURE_LINK_HEADERS: tuple[str, ...] = (
    "read more", "read also", "also read", "read now", "related", "related topics",
    "related articles", "related stories", "related coverage", "more coverage",
    "more on this story", "more on this", "you may also like", "you might also like",
    "also interesting", "recommended", "see also", "most popular", "lire aussi", "à lire aussi",
    "a lire aussi", "voir aussi", "sur le même sujet", "lesen sie auch", "auch interessant",
    "mehr zum thema", "das könnte sie auch interessieren", "te puede interesar", "lee también",
    "lea también", "leer más", "más información", "noticias relacionadas",
)
COOKIE_WORDS: tuple[str, ...] = ("cookie", "cookies")
COOKIE_CONTEXT: tuple[str, ...] = ("accept", "consent", "privacy", "policy", "browsing",
                                   "experience", "settings", "this site", "this website",
                                   "our site", "we use", "uses cookies")
CAPTION_CREDITS: tuple[str, ...] = ("(ap)", "(afp)", "(reuters)", "(getty images)", "(epa)",
                                    "(ap photo", "(photo", "(afp photo", "(reuters/", "(dpa)",
                                    "(social media)", "(anadolu")

NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("not no never none nobody nothing neither nor cannot can't won't don't "
                    "doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't couldn't "
                    "hasn't haven't hadn't n't".split()),
    "fr": frozenset("ne pas n' jamais aucun aucune rien personne ni non".split()),
    "de": frozenset("nicht kein keine keinen keinem keiner keines keinerlei nie niemals nichts "
                    "niemand nein".split()),
    "es": frozenset("no nunca jamás ningún ninguna nada nadie ni tampoco".split()),
}

NUMBER_WORDS: frozenset[str] = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion trillion half dozen first second third fourth fifth percent hundreds
thousands millions billions trillions dozens
un une deux trois quatre cinq six sept huit neuf dix cent mille million milliard
eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend million milliarde
uno dos tres cuatro cinco seis siete ocho nueve diez cien mil millón
""".split()) - {"one", "un", "une", "uno", "second"}  # too often not numbers

# Number words by value, to compare numbers across languages whatever their form ("eighteen",
# "dix-huit" and "18"; "zwei Gramm" and "2g").
NUMBER_VALUES: dict[str, int] = {
    **dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen "
               "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), range(21))),
    **dict(zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 100, 10))),
    **dict(zip("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
               "quinze seize dix-sept dix-huit dix-neuf vingt".split(), range(21))),
    **dict(zip("trente quarante cinquante soixante".split(), range(30, 70, 10))),
    **dict(zip("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
               "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig".split(), range(21))),
    **dict(zip("dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split(), range(30, 100, 10))),
    **dict(zip("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
               "quince dieciséis diecisiete dieciocho diecinueve veinte".split(), range(21))),
    **dict(zip("treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(), range(30, 100, 10))),
    "ein": 1, "eine": 1, "une": 1, "una": 1, "hundred": 100, "cent": 100, "hundert": 100,
    "cien": 100, "thousand": 1000, "mille": 1000, "tausend": 1000, "mil": 1000,
    "million": 1_000_000, "millions": 1_000_000, "millionen": 1_000_000, "millón": 1_000_000,
    "millones": 1_000_000, "billion": 1_000_000_000, "milliard": 1_000_000_000,
    "milliarde": 1_000_000_000, "milliarden": 1_000_000_000,
}

# Scales printed after digits ("$430 million", "430 M$", "2,5 Mrd. Euro"), per language, as
# regular expressions (case-sensitive) to the factor: a translation writes the same amount in
# its own way, so amounts are compared multiplied out. A one-letter abbreviation counts only
# next to a currency sign ("430 M$", "$430m"), where it cannot be metres or a grade.
NUMBER_SCALES: dict[str, dict[str, float]] = {
    "en": {r"thousand": 1e3, r"[Mm]illions?": 1e6, r"[Bb]illions?": 1e9, r"[Tt]rillions?": 1e12,
           r"bn": 1e9, r"m(?<=[$£€]\d[\d.,]*m)": 1e6},
    "fr": {r"mille": 1e3, r"millions?": 1e6, r"milliards?": 1e9, r"M(?=\s?[$€£])": 1e6,
           r"Mds?(?=\s?[$€£])": 1e9, r"G(?=\s?\$)": 1e9},
    "de": {r"Tsd\.": 1e3, r"Millionen|Million": 1e6, r"Mio\.": 1e6, r"Milliarden|Milliarde": 1e9,
           r"Mrd\.": 1e9, r"Billionen|Billion": 1e12},
    "es": {r"millones|millón": 1e6, r"billones|billón": 1e12},
}

# Numbers too small for text2num to turn into digits when they stand alone, per language it reads
# (its languages; "one", "un", "ein" are left out: more often an article or a pronoun).
SMALL_NUMBERS: dict[str, dict[str, int]] = {
    "en": {"zero": 0, "two": 2, "three": 3}, "fr": {"zéro": 0, "deux": 2, "trois": 3},
    "de": {"null": 0, "zwei": 2, "drei": 3}, "es": {"cero": 0, "dos": 2, "tres": 3},
    "it": {"zero": 0, "due": 2, "tre": 3}, "pt": {"zero": 0, "dois": 2, "duas": 2, "três": 3},
    "nl": {"nul": 0, "twee": 2, "drie": 3},
}

# Words negated by their form, not by a particle: "non-major", "unspecified", "unbestimmt",
# "inacceptable". A translation may say the same with a particle ("pas grave", "nicht
# festgelegt"): across languages either counts as a negation. A prefix counts on words of six
# letters or more; "in"/"im" only before "-able"/"-ible" ("impossible", "inacceptable").
NEGATING_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("non", "un"), "fr": ("non",), "de": ("nicht", "un"), "es": ("no",),
}
NEGATING_ABLE_PREFIXES: tuple[str, ...] = ("in", "im")
# Words that begin like a negation and are none ("unless" is a half negation, below).
NOT_NEGATED: frozenset[str] = frozenset("""
until unless unto uncle unusual unique nonetheless nonprofit
ungefähr unbedingt unten unterwegs unsere unserer unseren unserem unseres
""".split())
NOT_NEGATED_PREFIXES: tuple[str, ...] = ("under", "unit", "union", "univers", "unter")
# Words that deny, limit or refuse without a negation particle ("few", "hardly", "failed",
# "without", "peu", "kaum", "ohne", "sin"). A translation often says with one of them what the
# original said with "not" ("not many" / "peu"), so across languages a version holding one is
# of unsure polarity: no `negation_changed` is claimed against it either way.
HALF_NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("""without hardly barely scarcely few little rarely seldom fail fails failed
        failing refuse refuses refused lack lacks lacked deny denies denied unable only
        less unless rather instead""".split()),
    "fr": frozenset("""sans peu guère rarement refuse refusé refusent manque manqué faute
        moins seul seule seuls seulement plutôt""".split()),
    "de": frozenset("""ohne kaum wenig wenige weniger selten verweigert verweigern abgelehnt
        lehnt fehlt fehlen mangel nur statt anstatt sonst""".split()),
    "es": frozenset("""sin apenas poco pocos poca pocas niega negó rechaza rechazó
        falta menos sólo solo solamente""".split()),
}

# Function words per language: language detection by counting them (no model, no download).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it with as was on be by this are at from "
                    "his her has have an which their not but they he she will said would".split()),
    "fr": frozenset("le la les de des du et est une un que qui dans pour pas sur au aux avec "
                    "il elle ont son sa ses ce cette sont été par plus nous".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im "
                    "dem auch es an als er sie wird sagte hat wir".split()),
    "es": frozenset("el la los las de y que en un una es por con para del al se no su sus "
                    "como más fue ha lo pero dijo".split()),
}

# Words that carry no story of their own: articles, pronouns, prepositions, conjunctions,
# auxiliaries and modals, quantifiers and the commonest adverbs. Two quotes (or sentences) that
# share only such words share nothing: every text of a language is made of them.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
a an the this that these those some any each every no none all both either neither other others
another such what which who whom whose whoever whatever whichever when where why how than then
there here i me my mine myself we us our ours ourselves you your yours yourself yourselves he him
his himself she her hers herself it its itself they them their theirs themselves one ones
be am is are was were been being have has had having do does did doing done get gets got
will would shall should can could may might must ought let lets
not nor never yes no n't cannot
and or but if because as until while although though unless since so yet whether
of at by for with about against between into through during before after above below to from up
down in out on off over under again further once upon within without across along around among
toward towards onto beyond despite per via like near behind beside besides throughout inside
outside
very too also just only even still already much many more most less least few several own same
ever always often sometimes never quite rather really well now then soon here there
something anything nothing everything someone anyone everyone somebody anybody everybody nobody
i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd
it'll we're we've we'd we'll they're they've they'd they'll that's there's here's what's who's
let's isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't wouldn't
can't couldn't shouldn't mustn't
""".split()),
    "fr": frozenset("""
le la les l' un une des du de d' au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
nos votre vos leur leurs je j' me m' moi tu te t' toi il elle on nous vous ils elles se s' lui
eux y en qui que qu' quoi dont où lequel laquelle lesquels quel quelle quels quelles
être est sont était étaient été sera seront serait suis es sommes êtes avoir a ont avait avaient
eu aura auront aurait ai as avons avez faire fait font peut peuvent pouvait doit doivent
eut eurent fut furent
ne n' pas plus jamais rien non oui
et ou mais donc or ni car si comme quand lorsque puisque parce
à dans par pour sur sous avec sans chez entre vers contre depuis pendant avant après selon
très aussi encore déjà bien tout tous toute toutes même autre autres chaque plusieurs peu
beaucoup trop ici là alors
nul nulle personne aucun aucune chacun chacune quiconque
""".split()),
    "de": frozenset("""
der die das den dem des ein eine einer eines einem einen kein keine keiner keinen keinem
dieser diese dieses diesen diesem jener jene jenes ich mich mir mein meine du dich dir dein er
ihn ihm sein seine sie ihr ihre es wir uns unser unsere ihr euch euer man sich wer was welche
welcher welches
sein ist sind war waren gewesen bin bist seid wird werden wurde wurden worden haben hat hatte
hatten habe hast kann können konnte konnten muss müssen soll sollen sollte will wollen würde
würden darf dürfen
nicht nie ja nein
und oder aber denn sondern wenn weil dass ob als wie da doch
an auf aus bei bis durch für gegen in im ins mit nach ohne seit über um unter von vor zu zum zur
zwischen während
sehr auch noch schon nur so dann hier dort jetzt immer alle alles viel viele mehr andere anderen
einige einigen manche mehrere beide jeder jede jedes seiner seinem ihrem ihren denn
niemand jemand
""".split()),
    "es": frozenset("""
el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella mi mis tu
tus su sus nuestro nuestra nuestros nuestras yo me mí tú te ti él ella ello nosotros nosotras
vosotros ellos ellas se le les nos que quien quienes cual cuales cuyo donde
ser es son era eran fue fueron sido soy somos estar está están estaba estaban estado haber ha
han había habían hay he hemos puede pueden podía debe deben
no ni nunca sí
y e o u pero sino si porque como cuando aunque pues
a ante bajo con contra de del desde durante en entre hacia hasta para por según sin sobre tras
al muy también ya solo todavía más menos mucho muchos mucha muchas todo todos toda todas otro
otra otros otras cada aquí allí entonces
nadie ninguno ninguna alguien
""".split()),
}

# Adverbs and connectives that open sentences and are never a name, though capitalised there
# ("Vielleicht ist …", "Toutefois, …", "Nowadays I …"): with the function words of French,
# German and Spanish they are stripped from the front of a capitalised run. (English function
# words are not all taken: "May", "Will", "Long" and "Rather" are surnames.)
SENTENCE_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset("""
nowadays firstly secondly thirdly lastly recently currently previously initially eventually
additionally accordingly hopefully luckily sadly surprisingly interestingly importantly
unsurprisingly admittedly arguably basically certainly definitely essentially frankly generally
honestly incidentally ideally literally mostly naturally normally obviously occasionally
originally personally possibly presumably probably rarely seriously simply supposedly
traditionally typically usually whereupon nonetheless
""".split()),
    "fr": frozenset("""
toutefois pourtant cependant néanmoins heureusement malheureusement ainsi aussi alors ensuite
enfin puis désormais aujourd'hui hier demain dès selon malgré parmi d'après d'ailleurs
d'abord notamment également surtout finalement certes bref quant outre voici voilà tandis
lorsqu' puisqu' jusqu' jusque depuis durant hormis sauf
""".split()),
    "de": frozenset("""
vielleicht dagegen kürzlich jedoch laut neben trotz wegen statt seit nach bereits zudem
außerdem allerdings inzwischen mittlerweile dennoch deshalb daher darum deswegen trotzdem
zunächst schließlich endlich bisher damals heute gestern morgen seither sogar zwar eben
gerade nun also somit sodass obwohl obgleich während bevor nachdem sobald solange falls
gleichzeitig stattdessen immerhin jedenfalls natürlich offenbar offensichtlich angeblich
anschließend letztlich insgesamt zuvor danach davor dabei damit dazu darauf daraufhin hierzu
darüber hierbei hier dort man
""".split()),
    "es": frozenset("""
sin embargo además ahora luego después antes entonces todavía aún incluso también tampoco
quizá quizás finalmente actualmente recientemente mientras aunque según tras hacia desde
hasta durante mediante
""".split()),
}

# function words of other languages that are also names or parts of names ("Al Gore", "Bin
# Laden", "Jack Ma", "Will Smith", "Han Kang"): kept where a name may start
NAME_LIKE_FUNCTION_WORDS: frozenset[str] = frozenset(
    "al del bin da ma son will man su lo ya si ti mi tu lui hay ha han yo bei".split())

# languages that capitalise every noun: there a capital says nothing of a name
NOUNS_CAPITALISED: frozenset[str] = frozenset({"de", "lb"})

# Adverbials between an inverted speech verb and who spoke ("», assure sans détour X", "»,
# a indiqué par ailleurs le porte-parole", "“, sagte dazu der Minister"): skipped to the speaker.
INVERTED_ADVERBIALS: frozenset[str] = frozenset("""
sans détour|par ailleurs|pour sa part|pour leur part|de son côté|de leur côté|quant à lui|
quant à elle|encore|aussi|également|pourtant|toutefois|alors|ensuite|enfin|lui-même|elle-même|
dans un communiqué|dans une déclaration|dans un entretien|dans une interview|sur twitter|sur x|
sur facebook|à la presse|aux journalistes|à la radio|à la télévision|
dazu|zudem|auch|noch|außerdem|allerdings|jedoch|damals|
además|también|a la prensa|a los periodistas|en un comunicado
""".replace("\n", "").split("|")) - {""}

# Speech verbs are compared by stem: "say", "says" and "said" are the same cue.
CUE_LEMMAS: dict[str, str] = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
    "telling": "tell", "wrote": "write", "writes": "write", "read": "read", "reads": "read",
    "labelled": "label", "labeled": "label", "emphasised": "emphasize", "emphasized": "emphasize",
    "criticised": "criticize", "criticized": "criticize",
}

# Head nouns that say what kind of publication a name is ("the Daily Courier tabloid").
PUBLICATION_HEADS: frozenset[str] = frozenset("""
newspaper paper tabloid magazine daily weekly journal website outlet broadcaster network channel
quotidien hebdomadaire chaîne site zeitung blatt magazin sender periódico diario
revista cadena
""".split())

# Verbs that call someone or something by a name ("called the winner “Miss Piggy”", "bezeichnete
# die Reform als „Pflasterlösung“"): the name after their object is the caller's words.
CALLING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("called", "calls", "calling", "dubbed", "dubs", "nicknamed", "branded", "brands", "labeled",
           "labelled", "labels"),
    "de": ("bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt", "nennen", "sprach",
           "sprachen", "spricht", "warnte", "warnten", "warnt"),
}

# A newspaper or an agency a German speaker told ("sagte … der Deutschen Presse-Agentur", a
# dative), and the people who work for one ("der Sprecher der Zeitung", a genitive): word endings
PRESS_HEADS_DE: tuple[str, ...] = ("zeitung", "presse-agentur", "presseagentur", "nachrichtenagentur",
                                   "zeitschrift", "illustrierte", "post", "welt", "bild", "rundschau",
                                   "allgemeine")
PRESS_STAFF_DE: tuple[str, ...] = ("sprecher", "redakteur", "herausgeber", "korrespondent", "reporter",
                                   "journalist", "chefredakteur", "mitarbeiter", "autor", "kolumnist",
                                   "verleger", "vertreter")

# Head nouns of bodies: "the ministry said" is the ministry, never the last person named.
ORG_HEADS: frozenset[str] = frozenset("""
ministry government company firm agency police army military court council committee
commission office administration department party union bank group organisation organization
alliance bloc embassy kremlin parliament senate congress assembly board club team league
federation association institute university hospital school newspaper network channel
tabloid magazine website outlet broadcaster
ministère gouvernement entreprise société agence police armée tribunal conseil commission
parti syndicat ministerium regierung unternehmen firma polizei armee gericht rat partei
ministerio gobierno empresa agencia policía ejército tribunal consejo partido
chaîne journal quotidien hebdomadaire groupe compagnie association fédération mairie préfecture
sender zeitung verband verein konzern gemeinde stadtverwaltung
diario periódico cadena asociación ayuntamiento
""".split())

# First names with a clear gender, so "she" does not resolve to the last man named.
FEMALE_NAMES: frozenset[str] = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
rebecca laura sharon cynthia kathleen amy angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah
martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
natalie isabella charlotte rose alexis kayla ursula angela annalena christine marine ségolène
anne claire sophie nathalie isabelle sylvie camille chloé léa manon élisabeth brigitte giorgia
kamala hillary nancy theresa priya agnès hannah kate sue jo liz beth meg jess jacinda sanna
mette kaja ursula roberta christine kristalina
ngozi maia liz yulia svetlana olena iryna oksana natalia elena ana lucía carmen dominique laurence
""".split())
MALE_NAMES: frozenset[str] = frozenset("""
james robert john colin craig kevin tomas carlos steve mike tom tony dave rob jim bob bill
ben sam ed joe max dan andy nick matt chris phil michael david william richard joseph thomas
charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
philip louis jens vladimir dmitry sergei sergey volodymyr emmanuel olaf friedrich xi joe barack
boris keir rishi justin antony antonio recep benjamin yoav josep pedro jean pierre françois
nicolas jacques michel alain bernard gérard mark mohammed mohammad ali ahmed hassan ibrahim
omar abdullah yuri alexei andrei igor oleg viktor wang li zhang hans karl jürgen wolfgang
klaus markus andreas christian thomas stefan luis carlos miguel javier josé manuel dominique
""".split())

# ISO 639-1: the language codes ``--lang`` accepts (a typo like "eng" or "fr-FR" is refused
# before any work, instead of silently reading every input with no language's word lists)
ISO_639_1: frozenset[str] = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id
ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu
lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu
rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())

# Words of a site's navigation bar: a line with two of them is a menu, not a headline.
NAVIGATION_WORDS: frozenset[str] = frozenset("""
home menu search subscribe subscription sign log login signin register account newsletter
newsletters podcasts video videos opinion sections edition account profile settings donate
shop connexion abonnez-vous abonnement rechercher accueil anmelden abonnieren suche startseite
suscríbete suscribirse buscar portada iniciar""".split())


# Roles that speak as a person, for "he"/"she" after them ("a neighbour told the BBC … she said"):
# the role nouns and the anonymous and relational roles, all languages
FEMALE_ROLE_WORDS = frozenset("""
woman women spokeswoman mother wife daughter sister girl widow niece chairwoman congresswoman
businesswoman grandmother aunt
""".split()) | frozenset(  # the feminine forms of French, German and Spanish roles ("l'experte",
    # "die Sprecherin"): a woman, whom "il" or "er" does not mean
    """
experte avocate directrice présidente rédactrice chercheuse enquêtrice policière conseillère
fondatrice patronne joueuse adjointe gérante élue militante sénatrice députée ambassadrice
représentante vice-présidente dirigeante présentatrice animatrice réalisatrice productrice
historienne chanteuse actrice musicienne écrivaine autrice romancière procureure professeure
ingénieure infirmière déléguée administratrice cheffe habitante voisine riveraine passante
manifestante survivante rescapée mère fille épouse sœur femme
sprecherin ministerin präsidentin kanzlerin direktorin journalistin forscherin polizistin
ermittlerin expertin professorin leiterin chefredakteurin gründerin analystin ökonomin
wissenschaftlerin vertreterin spielerin inhaberin besitzerin lehrerin kandidatin politikerin
bürgermeisterin oberbürgermeisterin verteidigerin beraterin mitarbeiterin staatssekretärin
landrätin anwältin richterin staatsanwältin ärztin chefin sängerin schauspielerin autorin
referentin trainerin zeugin nachbarin anwohnerin bewohnerin augenzeugin frau mutter tochter
directora abogada presidenta ministra secretaria jefa alcaldesa diputada senadora jueza actriz
escritora investigadora profesora experta fundadora dueña jugadora candidata portavoza
""".split())
MALE_ROLE_WORDS = frozenset("""
man men spokesman father husband son brother boy nephew chairman congressman businessman
grandfather uncle
""".split())
# How English nouns for people end ("the retired neurosurgeon", "the front-runner", "the nominee",
# "the 23-year-old"): a subject that ends so is read as someone, not as a thing
PERSON_NOUN_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eon", "al", "ive",
                                        "man", "old")
# People by the group they make ("the couple started …", "the family refused …")
GROUPS_OF_PEOPLE = frozenset("couple family pair duo trio twins".split())
COLLECTIVE_ROLE_WORDS = frozenset("""
crowd audience people public men women police staff team
""".split())
PERSON_ROLE_WORDS = ROLE_NOUNS | ANONYMOUS_ROLES | OTHER_PERSON_ROLES | FEMALE_ROLE_WORDS | \
    MALE_ROLE_WORDS | frozenset("""
neighbour neighbor neighbours neighbors villager onlooker bystander eyewitness survivor victim fan
shopper customer patient parent farmer driver owner local locals
habitant habitante habitants témoin témoins voisin voisine passant passante riverain riveraine
victime survivant survivante rescapé rescapée manifestant manifestante porte-parole
anwohner anwohnerin nachbar nachbarin zeuge zeugin augenzeuge augenzeugin bewohner bewohnerin
passant passantin sprecher sprecherin
vecino vecina testigo residente habitante portavoz
""".split())


# Words that open a German clause without being its subject, so that the finite verb comes next
# and the subject after it ("Am Montag sagte der Minister", "Danach erklärte er"): prepositions
# (with their contractions) and adverbs of time, place and sequence
VERB_SECOND_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset("""
am im vom zum zur beim ins ans aufs nach vor bei in an auf aus mit seit während zu für
gegen über unter hinter neben zwischen wegen trotz laut gegenüber
doch dann danach später zuvor vorher zudem auch außerdem ebenfalls gestern heute dazu
deshalb daher darum so jetzt nun hier dort damals anschließend schließlich zunächst
allerdings aber jedoch zugleich gleichzeitig dabei darauf daraufhin bereits schon erst noch
inzwischen mittlerweile bisher künftig immer oft manchmal vielleicht tatsächlich
""".split()),
}
# Conjunctions that open a subordinate clause: one that ends in a comma before the verb is the
# sentence's first part, so the verb comes second and its subject after it ("Als der Test
# anlief, warnte die ACLU: …"); before its comma the verb is the clause's own, last.
SUBORDINATORS: dict[str, frozenset[str]] = {
    "de": frozenset("""
als wenn nachdem weil da obwohl obgleich bevor ehe sobald solange seitdem falls sofern indem
damit ob dass wie wo
""".split()),
}


# Prepositions of place, time and manner outside English: a noun after one is their object,
# never the subject of the verb that follows ("Daley habe an der Spitze der Bemühungen
# gestanden"); the genitive and the agent ("de", "von", "par", "por") are not among them
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset("""in an auf bei mit nach vor zu über unter für gegen seit aus um durch ohne im am
zum zur beim ins ans hinter neben zwischen während wegen""".split()),
    "fr": frozenset("""à au aux dans en sur sous chez pour avec sans vers contre entre après avant
depuis pendant lors""".split()),
    "es": frozenset("""a al en con para sobre sin tras ante hacia desde durante contra entre""".split()),
}


# Nouns for what someone said: a short quote in a sentence that has one is someone's words
# ("disprove Republican claims of “significant breakthroughs”"), not the writer's term
SPEECH_NOUNS = frozenset("""
claim claims remark remarks comment comments statement statements pledge pledges promise promises
vow vows assertion assertions accusation accusations allegation allegations
""".split())
# Nouns that end like an adverb: "Scott's family", "a Trump rally" name no verb after a name
NOUNS_IN_LY = frozenset("""
family ally allies assembly rally reply supply anomaly monopoly bully belly jelly lily folly
""".split())
# What a colon may introduce as someone's words: "how the website rated this statement by Trump
# on June 11: “…”", "this new headline from the Washington Post: “…”"
WORDS_NOUNS = SPEECH_NOUNS | frozenset("""
tweet tweets post posts speech headline message words quote line answer response warning
""".split())

//! Our own small word lists (lower case, sorted for binary search) and the lookups over them.

/// A sorted word list with a Bloom filter and an open-addressing table built at compile time:
/// every token of every paragraph is looked up, so a miss costs a few instructions and a hit
/// one or two comparisons.
pub(super) struct Lexicon {
    words: &'static [&'static str],
    /// Two-hash Bloom filter over 2048 bits.
    bloom: [u64; 32],
    /// Index + 1 of the word hashed to each slot (0 = empty), linear probing.
    slots: [u16; SLOTS],
}

const SLOTS: usize = 1024;

const fn hashes(w: &[u8]) -> (usize, usize) {
    // A few sampled bytes (ASCII case folded) and the length: cheap, and the exact comparison
    // behind the filter settles collisions.
    let n = w.len();
    let a = w[0].to_ascii_lowercase() as usize;
    let b = w[n / 2].to_ascii_lowercase() as usize;
    let c = w[n - 1].to_ascii_lowercase() as usize;
    let d = if n > 1 {
        w[1].to_ascii_lowercase() as usize
    } else {
        0
    };
    let h1 = a * 131 + b * 37 + c * 7 + d * 3 + n * 1031;
    let h2 = a * 17 + b * 263 + c * 59 + d * 509 + n * 7;
    (h1 % 2048, h2 % 2048)
}

pub(super) const fn lexicon(words: &'static [&'static str]) -> Lexicon {
    assert!(words.len() < SLOTS / 2, "word list too long for its table");
    let mut bloom = [0u64; 32];
    let mut slots = [0u16; SLOTS];
    let mut i = 0;
    while i < words.len() {
        let (a, b) = hashes(words[i].as_bytes());
        bloom[a / 64] |= 1u64 << (a % 64);
        bloom[b / 64] |= 1u64 << (b % 64);
        let mut s = a % SLOTS;
        while slots[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        slots[s] = (i + 1) as u16;
        i += 1;
    }
    Lexicon {
        words,
        bloom,
        slots,
    }
}

/// Membership ignoring ASCII case and a trailing period, so callers can pass raw tokens.
/// Inlined: most calls end at the Bloom filter, and a call costs as much as the filter.
#[inline(always)]
pub(super) fn has(list: &Lexicon, w: &str) -> bool {
    lookup_key(w).is_some_and(|(w, a, b)| maybe_in(list, a, b) && probe(list, w, a))
}

/// Membership in either of two lists, the word hashed once.
#[inline(always)]
fn has_either(one: &Lexicon, other: &Lexicon, w: &str) -> bool {
    lookup_key(w).is_some_and(|(w, a, b)| {
        maybe_in(one, a, b) && probe(one, w, a) || maybe_in(other, a, b) && probe(other, w, a)
    })
}

/// "US" in capitals is the country, read as "U.S." is, never the pronoun "us"; other words as
/// they are.
#[inline(always)]
fn the_country(w: &str) -> &str {
    if w == "US" {
        "U.S"
    } else {
        w
    }
}

/// The word as the lists hold it (without a trailing period) and its two hashes; None for a
/// word no list can hold. Non-ASCII bytes never equal the ASCII entries, so no separate check
/// is needed. "US" (`the_country`) is in no list: the check is written out here, in the
/// hottest lookup, where a call to `the_country` kept `hashes` from being inlined.
#[inline(always)]
fn lookup_key(w: &str) -> Option<(&str, usize, usize)> {
    let w = w.strip_suffix('.').unwrap_or(w);
    if w.is_empty() || w.len() > 24 || w == "US" {
        return None;
    }
    let (a, b) = hashes(w.as_bytes());
    Some((w, a, b))
}

/// The Bloom filter's answer for the hashes `a` and `b`: false means surely not in `list`.
#[inline(always)]
fn maybe_in(list: &Lexicon, a: usize, b: usize) -> bool {
    list.bloom[a / 64] & (1u64 << (a % 64)) != 0 && list.bloom[b / 64] & (1u64 << (b % 64)) != 0
}

/// The exact lookup behind a Bloom filter hit.
#[inline(never)]
fn probe(list: &Lexicon, w: &str, a: usize) -> bool {
    let mut s = a % SLOTS;
    loop {
        let v = list.slots[s] as usize;
        match v.checked_sub(1).and_then(|i| list.words.get(i)) {
            None => return false,
            Some(e) if e.eq_ignore_ascii_case(w) => return true,
            Some(_) => s = (s + 1) % SLOTS,
        }
    }
}

/// A lower-cased word kept on the stack when short and ASCII (the common case), so hot loops
/// do not allocate.
pub struct Small {
    buf: [u8; 32],
    len: usize,
    big: Option<String>,
}

impl std::ops::Deref for Small {
    type Target = str;
    fn deref(&self) -> &str {
        match &self.big {
            Some(s) => s,
            None => std::str::from_utf8(&self.buf[..self.len]).unwrap_or(""),
        }
    }
}

/// Lower-cases `w` (dropping a trailing period) without allocating for short ASCII words.
/// "US" is read as `the_country` reads it.
pub fn small(w: &str) -> Small {
    let w = the_country(w.strip_suffix('.').unwrap_or(w));
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        Small {
            buf,
            len: w.len(),
            big: None,
        }
    } else {
        let mut s = String::with_capacity(w.len());
        s.extend(w.chars().flat_map(char::to_lowercase));
        Small {
            buf,
            len: 0,
            big: Some(s),
        }
    }
}

/// Lower-cases `w` into `buf` (reused to avoid allocation) and strips a trailing period; "US"
/// is "u.s", as `small` reads it.
pub fn lower<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    let w = the_country(w.strip_suffix('.').unwrap_or(w));
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        for c in w.chars() {
            buf.extend(c.to_lowercase());
        }
    }
    buf.as_str()
}

/// Every form of the reporting verbs we treat as cues.
#[rustfmt::skip]
static CUE_VERBS: Lexicon = lexicon(&[
    "acknowledge", "acknowledged", "acknowledges", "acknowledging", "add", "added", "adding",
    "adds", "admit", "admits", "admitted", "admitting", "advise", "advised", "advises", "advising",
    "allege", "alleged", "alleges", "alleging", "announce", "announced", "announces", "announcing",
    "argue", "argued", "argues", "arguing", "ask", "asked", "asking", "asks", "assert", "asserted",
    "asserting", "asserts", "assure", "assured", "assures", "blurted", "boast", "boasted",
    "boasts", "caution", "cautioned", "cautions", "chanted", "claim", "claimed", "claiming",
    "claims", "comment", "commented", "comments", "complain", "complained", "complaining",
    "complains", "concede", "conceded", "concedes", "conceding", "conclude", "concluded",
    "concludes", "concluding", "condemn", "condemned", "condemning", "condemns", "confess", "confessed", "confesses", "confirm", "confirmed",
    "confirming", "confirms", "contend", "contended", "contends", "continued", "countered", "counters",
    "criticise", "criticised", "criticises", "criticising", "criticize", "criticized",
    "criticizes", "criticizing", "crowed", "declare", "declared", "declares", "declaring", "denied", "denies", "deny",
    "denying", "emphasise", "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes",
    "estimate", "estimated", "estimates", "exclaimed", "exclaims", "explain", "explained", "explaining",
    "explains", "expressed", "expresses", "expressing", "hail", "hailed", "hailing", "hails", "indicate", "indicated", "indicates",
    "insist", "insisted", "insisting", "insists", "joke", "joked", "jokes", "joking", "lament",
    "lamented", "laments", "maintain", "maintained", "maintains", "mention", "mentioned",
    "mentions", "mused", "note", "noted", "notes", "noting", "observed", "observes", "opine", "opined",
    "opines", "opining", "pleaded", "posted", "posts", "praise", "praised", "praises", "praising", "predict", "predicted", "predicting",
    "predicts", "promise", "promised", "promises", "quip", "quipped", "quipping", "quips",
    "reasoned", "recall", "recalled", "recalling", "recalls", "recommend", "recommended",
    "recommending", "recommends", "reiterate", "reiterated", "reiterates",
    "remark", "remarked", "remarks", "repeated", "replied", "replies", "reply", "replying",
    "respond", "responded", "responding", "responds", "retorted", "retorts", "reveal", "revealed", "reveals",
    "ruled", "said", "say", "saying", "says", "scolded", "screamed", "shouted", "sniffed", "state",
    "stated", "states", "stating", "stress", "stressed", "stresses", "stressing", "suggest",
    "suggested", "suggesting", "suggests", "tell", "telling", "tells", "testified", "testifies",
    "testify", "told", "tweet", "tweeted", "tweeting", "tweets", "urge", "urged", "urges",
    "urging", "voiced", "voices", "voicing", "vow", "vowed", "vows", "warn", "warned", "warning", "warns", "whispered", "wonder",
    "wondered", "wonders", "write", "writes", "writing", "written", "wrote", "yelled",
]);

/// Verb forms that may be followed by an inverted subject ("..., said Smith").
#[inline]
pub fn inverts(v: &str) -> bool {
    !matches!(
        v,
        "tell" | "told" | "tells" | "telling" | "warn" | "warned" | "urge" | "urged"
    ) && (v.ends_with('d') || v.ends_with('s') || v == "wrote" || v == "told")
}

#[inline]
pub fn is_cue_verb(w: &str) -> bool {
    has(&CUE_VERBS, w)
}

/// Cue verbs that only report speech after a quote ("...," she asked): with a subject before
/// them they usually mean a request or an action ("Canada asked China to ...").
#[inline]
pub fn only_inverted(w: &str) -> bool {
    matches!(
        w,
        "ask" | "asked" | "asks" | "asking" | "continued" | "promised"
    )
}

/// A day of the week, in lower case.
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A month or its abbreviation, in lower case.
pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "january"
            | "feb"
            | "february"
            | "march"
            | "apr"
            | "april"
            | "may"
            | "jun"
            | "june"
            | "jul"
            | "july"
            | "aug"
            | "august"
            | "sep"
            | "sept"
            | "september"
            | "oct"
            | "october"
            | "nov"
            | "november"
            | "dec"
            | "december"
    )
}

/// Attitudes a speaker puts into words: "expressed deep concern", "voiced support".
pub fn is_stance(w: &str) -> bool {
    matches!(
        w,
        "concern"
            | "concerns"
            | "support"
            | "opposition"
            | "hope"
            | "hopes"
            | "optimism"
            | "pessimism"
            | "regret"
            | "regrets"
            | "sympathy"
            | "condolences"
            | "confidence"
            | "doubt"
            | "doubts"
            | "reservations"
            | "surprise"
            | "disappointment"
            | "frustration"
            | "anger"
            | "outrage"
            | "dismay"
            | "alarm"
            | "fear"
            | "fears"
            | "skepticism"
            | "scepticism"
            | "determination"
            | "interest"
            | "belief"
            | "willingness"
            | "gratitude"
            | "thanks"
            | "solidarity"
            | "satisfaction"
            | "displeasure"
            | "objections"
            | "worries"
            | "misgivings"
            | "approval"
            | "disapproval"
    )
}

/// Cue words that are English nouns as well ("the claims", "member states", "her remarks").
#[inline]
pub fn is_noun_too(w: &str) -> bool {
    matches!(
        w,
        "boast"
            | "boasts"
            | "caution"
            | "cautions"
            | "claim"
            | "claims"
            | "comment"
            | "comments"
            | "counters"
            | "estimate"
            | "estimates"
            | "joke"
            | "jokes"
            | "lament"
            | "laments"
            | "note"
            | "notes"
            | "post"
            | "posts"
            | "promise"
            | "promises"
            | "quip"
            | "quips"
            | "remark"
            | "remarks"
            | "reports"
            | "replies"
            | "reply"
            | "saying"
            | "state"
            | "states"
            | "stress"
            | "tweet"
            | "tweets"
            | "vow"
            | "vows"
            | "warning"
            | "writing"
    )
}

/// Words that make a title of the one after them ("Prime Minister", "Vice President",
/// "Foreign Minister", "Chief Justice").
pub fn makes_title(w: &str) -> bool {
    matches!(w, "prime" | "vice" | "deputy" | "foreign" | "chief")
}

/// A minister's or secretary's portfolio written before the title ("Finance Minister",
/// "Defence Secretary").
pub fn is_portfolio(w: &str) -> bool {
    matches!(
        w,
        "finance"
            | "defence"
            | "defense"
            | "health"
            | "justice"
            | "interior"
            | "trade"
            | "economy"
            | "education"
            | "energy"
            | "labour"
            | "labor"
            | "transport"
            | "agriculture"
            | "environment"
            | "home"
            | "treasury"
            | "industry"
            | "culture"
            | "resources"
            | "mines"
            | "fisheries"
            | "commerce"
            | "planning"
    )
}

/// Auxiliaries and modals: the finite verb a subject's head is followed by.
#[inline]
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "must"
            | "may"
            | "might"
            | "should"
            | "shall"
            | "do"
            | "does"
            | "did"
    )
}

/// Titles and role words that may stand before a name inside a capitalised run.
#[rustfmt::skip]
static TITLES: Lexicon = lexicon(&[
    "adm", "admiral", "adviser", "advisor", "agent", "airman", "alderman", "ambassador", "archbishop",
    "assemblyman", "assemblywoman", "attorney", "bishop", "brig", "capt", "captain", "cardinal",
    "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman", "chancellor", "chaplain",
    "chief", "cmdr", "coach", "col", "colonel", "commander", "commissioner", "comptroller",
    "const", "constable", "coo", "coroner", "corporal", "councillor", "councilman", "councilor",
    "councilwoman", "cpl", "cto", "dame", "deputy", "det", "detective", "director", "dr",
    "envoy", "executive", "gen", "general", "gov", "governor", "hon", "imam", "insp", "inspector",
    "judge", "justice", "king", "lady", "leader", "lieutenant", "lord", "lt", "magistrate", "maj",
    "manager", "marshal", "mayor", "minister", "miss", "mla", "monsignor", "mp", "mpp", "mr",
    "mrs", "ms", "msgr", "mx", "officer", "ombudsman", "pm", "pope", "premier",
    "president", "prince", "princess", "prof", "professor", "provost", "queen", "rabbi",
    "reeve", "rep", "representative", "rev", "reverend", "secretary", "sen", "senator", "sergeant",
    "sgt", "sheikh", "sheriff", "sir", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "sultan", "superintendent", "supervisor", "supt", "treasurer", "trooper", "whip",
]);

#[inline]
pub fn is_title(w: &str) -> bool {
    has(&TITLES, w)
}

/// Nouns naming a person's role, kin or description ("the mayor", "her sister", "the
/// 26-year-old winger").
#[rustfmt::skip]
static PERSON_ROLES: Lexicon = lexicon(&[
    "activist", "actor", "actress", "administrator", "adviser", "advisor", "advocate",
    "ambassador", "analyst", "artist", "attorney", "aunt", "author", "boss", "boyfriend",
    "brother", "captain", "ceo", "chair", "chairman", "chairwoman", "chancellor", "chef", "chief",
    "coach", "columnist", "commander", "commissioner", "congressman", "congresswoman",
    "coordinator", "councillor", "councilor", "counsel", "cousin", "daughter", "defenceman",
    "defender", "deputy", "diplomat", "director", "doctor", "driver", "economist", "editor",
    "entrepreneur", "envoy", "executive", "father", "fiance", "fiancee", "fiancé", "fiancée",
    "forward", "founder", "general", "girlfriend", "goalie", "goaltender", "governor",
    "granddaughter", "grandfather", "grandmother", "grandson", "head", "host", "husband",
    "inspector", "judge", "lawyer", "leader", "manager", "mayor", "minister", "mother", "nephew",
    "niece", "officer", "owner", "partner", "physician", "pilot", "player", "premier", "president",
    "principal", "professor", "proprietor", "prosecutor", "researcher", "rookie", "scientist",
    "secretary", "senator", "sergeant", "singer", "sister", "son", "spokesman", "spokesperson",
    "spokeswoman", "star", "stepfather", "stepmother", "strategist", "superintendent", "teacher",
    "uncle", "undersecretary", "veteran", "widow", "widower", "wife", "wing", "winger", "writer",
]);

#[inline]
pub fn is_person_role(w: &str) -> bool {
    has(&PERSON_ROLES, w)
}

/// `is_title(w) || is_person_role(w)`, the word hashed once (names read it for most words).
pub fn is_title_or_role(w: &str) -> bool {
    has_either(&TITLES, &PERSON_ROLES, w)
}

/// A person's role noun, or a hyphenated one ending in a role or title ("vice-president",
/// "co-founder", "secretary-general").
pub fn is_role_noun(w: &str) -> bool {
    is_person_role(w)
        || w.rsplit_once('-')
            .is_some_and(|(_, last)| is_person_role(last) || is_title(last))
}

/// A cardinal from two to twenty written as a word, in any case ("Ten", "twelve").
pub fn is_number_word(w: &str) -> bool {
    matches!(
        &*small(w),
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
    )
}

/// An age written as a noun or before one: "42-year-old".
pub fn is_age(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
}

/// Heads of unnamed-source phrases, kept as the article words them ("officials", "a spokesperson"),
/// the press ("media", a plural) and people writing online ("a poster", "users") among them.
#[rustfmt::skip]
static UNNAMED: Lexicon = lexicon(&[
    "academic", "academics", "activist", "activists", "adviser", "advisers", "advisor", "advisors",
    "advocate", "advocates", "agencies", "aide", "aides", "analyst", "analysts", "applicant",
    "applicants", "associations", "attendee", "attendees", "attorney", "attorneys", "auditor",
    "auditors", "authorities", "authors", "banker", "bankers", "banks", "blogger", "bloggers",
    "borrowers", "broker", "brokers", "businessman", "businessmen", "businesspeople",
    "businesswoman", "businesswomen", "buyers", "bystander", "bystanders", "caller", "callers",
    "campaigner", "campaigners", "citizen", "clients", "coaches", "columnists", "commentator",
    "commentators", "commenter", "commenters", "commuter", "commuters", "companies", "consultant",
    "consultants", "consumer", "consumers", "contractor", "contractors", "critic", "critics",
    "customer", "dealer", "dealers", "defendant", "defendants", "defender", "defenders", "delegate",
    "delegates", "detective", "detectives", "diplomat", "diplomats", "directors", "doctors",
    "driver", "economist", "economists", "editors", "employee", "employees", "engineer",
    "engineers", "executives", "expert", "experts", "exporters", "eyewitness", "eyewitnesses",
    "families", "fans", "farmer", "farmers", "firefighters", "firms", "forecasters", "founders",
    "friend", "governments", "governors", "groups", "growers", "historian", "historians",
    "importers", "insider", "insiders", "inspector", "inspectors", "institutions", "insurers",
    "investigator", "investigators", "investor", "investors", "journalist", "journalists", "judges",
    "landlord", "landlords", "lawmaker", "lawmakers", "lawyers", "leaders", "legislator",
    "legislators", "lenders", "listener", "listeners", "man", "managers", "manufacturers", "mayors",
    "media", "mediator", "mediators", "medic", "medics", "member", "members", "men", "migrant", "migrants",
    "miners", "ministers", "ministries", "monitor", "monitors", "mourners", "negotiator",
    "negotiators", "neighbor", "neighbors", "neighbour", "neighbours", "nurse", "nurses",
    "observer", "observers", "office", "officer", "officers", "official", "officials", "onlooker",
    "onlookers", "operators", "opponent", "opponents", "organisations", "organiser", "organisers",
    "organizations", "organizer", "organizers", "owner", "owners", "paramedics", "parent",
    "parents", "participant", "participants", "passenger", "passersby", "patients", "petitioner",
    "petitioners", "physicians", "pilot", "pilots", "plaintiff", "plaintiffs", "planners",
    "players", "police", "pollster", "pollsters", "poster", "posters", "producers", "professional",
    "prosecutor", "prosecutors", "protester", "protesters", "protestors", "pundit", "pundits",
    "reader", "readers", "refiners", "refugee", "refugees", "regulator", "regulators", "relative",
    "relatives", "reporters", "representative", "representatives", "rescuer", "rescuers",
    "researcher", "researchers", "resident", "residents", "scholar", "scholars", "scientists",
    "sellers", "senators", "shippers", "shopper", "shoppers", "soldier", "soldiers", "source",
    "sources", "spectator", "spectators", "spokesman", "spokesmen", "spokespeople", "spokesperson",
    "spokeswoman", "spokeswomen", "staff", "staffer", "staffers", "strategist", "strategists",
    "student", "students", "suppliers", "supporter", "supporters", "survivor", "survivors",
    "teacher", "teachers", "tenant", "tenants", "trader", "traders", "trooper", "troopers",
    "underwriters", "unions", "user", "users", "victims", "viewer", "viewers", "villager",
    "villagers", "volunteer", "volunteers", "voter", "voters", "watchers", "wholesalers", "witness",
    "witnesses", "woman", "women", "worker", "workers", "writers",
]);

#[inline]
pub fn is_unnamed(w: &str) -> bool {
    has(&UNNAMED, w)
}

/// Plural nouns for people without a plural ending: "police said", "media have said".
#[inline]
pub fn is_mass_plural(w: &str) -> bool {
    matches!(w, "police" | "staff" | "people" | "media")
}

/// A plural noun for people: a listed one with its plural ending ("officials", "analysts"),
/// one without ("police", "staff"), or one by its ending ("arbitragers", "spokesmen").
pub fn is_people_plural(w: &str) -> bool {
    // ("witness", "boss": a singular in "-ss".)
    is_unnamed(w) && w.ends_with('s') && !w.ends_with("ss")
        || is_mass_plural(w)
        || is_agent_plural(w)
}

/// A form of "be" that makes a participle after it passive ("was criticised"), in any case.
pub fn is_be(w: &str) -> bool {
    ["was", "were", "is", "are", "been", "being", "be"]
        .iter()
        .any(|b| w.eq_ignore_ascii_case(b))
}

/// Endings of nouns for a person ("trader", "investor", "economist", "historian", "consultant",
/// "resident", "client", "spokesman").
fn person_ending(w: &str) -> bool {
    ["er", "or", "ist", "ian", "ant", "dent", "ient", "man"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Plurals that end in "-ers", "-ors", "-ists", "-ians", "-ants", "-dents", "-ients" or "-men"
/// and are things, not people.
#[rustfmt::skip]
static NOT_AGENTS: Lexicon = lexicon(&[
    "accidents", "coefficients", "computers", "errors", "factors", "filters", "grants",
    "headquarters", "incidents", "indicators", "ingredients", "letters", "markers", "matters",
    "numbers", "orders", "papers", "plants", "registers", "restaurants", "sectors",
]);

/// A plural noun for people by its ending ("sailors", "protesters", "residents", "seamen"):
/// right before a reporting verb, a group that speaks, though no list names it. Most other
/// "-ents" are things ("settlements", "payments").
pub fn is_agent_plural(w: &str) -> bool {
    let agent = w.ends_with("men") || w.strip_suffix('s').is_some_and(person_ending);
    w.len() > 5 && agent && w.bytes().all(|b| b.is_ascii_lowercase()) && !has(&NOT_AGENTS, w)
}

/// Nouns that end like nouns for people ("-er", "-or", "-ist", "-ian", "-ant") and are things.
#[rustfmt::skip]
static NOT_AGENTS_ONE: Lexicon = lexicon(&[
    "accident", "ancient", "answer", "ardent", "barrier", "border", "career", "coefficient",
    "confident", "convenient", "deficient", "dependent", "efficient", "evident", "gradient",
    "incident", "independent", "ingredient", "lenient", "precedent", "prudent", "salient",
    "sufficient", "transient", "chamber", "chapter", "character", "charter",
    "colour", "color", "computer", "corner", "corridor", "disaster", "door", "elevator", "error",
    "exterior", "factor", "favour", "favor", "filter", "floor", "generator", "grant", "harbour",
    "harbor", "honour", "honor", "indicator", "interior", "junior", "labour", "labor", "ledger",
    "letter", "major", "manner", "marker", "matter", "merger", "minor", "mirror", "motor",
    "newsletter", "number", "offer", "order", "other", "paper", "plant", "power", "prior",
    "quarter", "reactor", "register", "restaurant", "rumour", "rumor", "sector", "senior",
    "superior", "terror", "tractor", "transfer", "water", "weather", "winter", "summer",
    "former", "latter", "further", "inner", "outer", "upper", "lower", "proper", "sheer",
]);

/// A noun for a person or people by its ending, singular ("a Western aid specialist", "the
/// shopkeeper") or plural (`is_agent_plural`).
pub fn is_agent_noun(w: &str) -> bool {
    if is_agent_plural(w) {
        return true;
    }
    let agent = person_ending(w);
    // Comparatives ("bigger", "later") and function words ("after", "under") end so too.
    w.len() > 4
        && agent
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !has(&NOT_AGENTS_ONE, w)
        && !has(&STOP_CAPS, w)
        && !w.ends_with("ier")
        && !is_comparative(w)
}

/// "bigger", "cheaper", "stronger": an adjective with "-er" on a short stem of its own.
fn is_comparative(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("er") else {
        return false;
    };
    let b = stem.as_bytes();
    let doubled = b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && !stem.ends_with("ll");
    doubled
        || matches!(
            stem,
            "cheap"
                | "strong"
                | "weak"
                | "long"
                | "high"
                | "low"
                | "great"
                | "small"
                | "old"
                | "new"
                | "fast"
                | "slow"
                | "tight"
                | "broad"
                | "deep"
                | "short"
                | "clear"
                | "hard"
                | "soft"
                | "rich"
                | "poor"
                | "young"
                | "full"
                | "light"
                | "dark"
                | "warm"
                | "cold"
                | "quick"
                | "near"
                | "far"
                | "firm"
                | "steep"
                | "sharp"
                | "larg"
                | "lat"
                | "wid"
                | "saf"
                | "clos"
        )
}

/// Members of political parties and movements, plural: "Democrats on the panel said". Proper
/// nouns, kept capitalised.
pub fn is_party_member(w: &str) -> bool {
    matches!(
        w,
        "democrats"
            | "republicans"
            | "conservatives"
            | "liberals"
            | "tories"
            | "socialists"
            | "communists"
            | "progressives"
            | "independents"
            | "nationalists"
            | "separatists"
            | "loyalists"
            | "unionists"
            | "greens"
    )
}

/// Nouns for findings and figures, which "show" or "suggest" but never speak: "Estimates
/// suggest ...", "Reports say ..." opening a sentence are not names.
pub fn is_finding(w: &str) -> bool {
    matches!(
        w,
        "data"
            | "estimates"
            | "evidence"
            | "figures"
            | "findings"
            | "forecasts"
            | "numbers"
            | "polls"
            | "projections"
            | "records"
            | "reports"
            | "results"
            | "statistics"
            | "studies"
            | "surveys"
            | "tests"
            | "comments"
            | "claims"
    )
}

/// Heads that name an organisation by its kind; "the company" points back to a named one. The
/// press ("the newspaper") and bodies named with their kind ("the committee") among them.
#[rustfmt::skip]
static ORG_ROLES: Lexicon = lexicon(&[
    "administration", "agency", "airline", "alliance", "association", "bank", "board",
    "broadcaster", "campaign", "channel", "charity", "club", "coalition", "commission",
    "committee", "company", "corporation", "council", "defence", "defense", "embassy",
    "federation", "firm", "foundation", "group", "hospital", "institute", "league", "magazine",
    "network", "newsletter", "newspaper", "organisation", "organization", "outlet", "panel",
    "partnership", "party", "prosecution", "radio", "railway", "retailer", "school", "station",
    "tabloid", "team", "television", "union", "university", "utility", "website",
]);

#[inline]
pub fn is_org_role(w: &str) -> bool {
    has(&ORG_ROLES, w) || is_trade(w)
}

/// A company named by what it makes or does: "the automaker", "the insurer".
pub fn is_trade(w: &str) -> bool {
    matches!(
        w,
        "automaker"
            | "carmaker"
            | "drugmaker"
            | "chipmaker"
            | "steelmaker"
            | "planemaker"
            | "manufacturer"
            | "conglomerate"
            | "brewer"
            | "refiner"
            | "insurer"
            | "lender"
            | "carrier"
    )
}

/// Collective speakers kept as worded even with "the" ("the city said").
#[rustfmt::skip]
static COLLECTIVES: Lexicon = lexicon(&[
    "army", "authority", "cabinet", "city", "county", "court", "crown", "department", "district",
    "force", "government", "junta", "legislature", "military", "ministry", "municipality", "navy",
    "palace", "parliament", "presidency", "province", "regime", "secretariat", "town",
]);

#[inline]
pub fn is_collective(w: &str) -> bool {
    has(&COLLECTIVES, w)
}

/// Documents that "say" things on behalf of their authors.
#[rustfmt::skip]
static DOCUMENTS: Lexicon = lexicon(&[
    "claim", "complaint", "decision", "document", "documents", "e-mail", "email", "filing", "indictment",
    "lawsuit", "letter", "memo", "paper", "post", "release", "report", "ruling", "statement", "study",
    "suit", "tweet",
]);

#[inline]
pub fn is_document(w: &str) -> bool {
    has(&DOCUMENTS, w)
}

/// The legal forms that end a company's name ("Eastport Shipping Corp", "Norland Ltd"): what
/// comes before them is the company's name, titles and possessives included ("Eastport
/// Executive Corp", "General Harbour Co", "Berg's Shipping Inc").
#[rustfmt::skip]
static COMPANY_FORMS: Lexicon = lexicon(&[
    "ag", "co", "corp", "corporation", "gmbh", "inc", "incorporated", "llc", "llp", "ltd",
    "nv", "plc",
]);

#[inline]
pub fn is_company_form(w: &str) -> bool {
    has(&COMPANY_FORMS, w)
}

/// Words in a capitalised run that make it an organisation, not a person.
#[rustfmt::skip]
static ORG_WORDS: Lexicon = lexicon(&[
    "agency", "airlines", "airways", "army", "association", "authority", "bank", "board",
    "center", "centre", "chemicals", "club", "co", "college", "command", "commission",
    "committee", "communications", "company", "congress", "corp", "corporation", "council",
    "court", "department", "dynamics", "electric", "embassy", "federation", "foods", "force",
    "foundation", "fund", "government", "group", "health", "holdings", "hospital", "house",
    "hydro", "inc", "industries", "institute", "insurance", "kremlin", "league", "llc", "ltd",
    "media", "ministry", "motors", "navy", "network", "news", "office", "organisation",
    "organization", "parliament", "party", "pentagon", "petroleum", "pharmaceuticals", "police",
    "post", "press", "railway", "school", "securities", "senate", "service", "services",
    "society", "systems", "team", "technologies", "times", "trust", "union", "university",
]);

#[inline]
pub fn is_org_word(w: &str) -> bool {
    has(&ORG_WORDS, w)
}

/// Kinds of bodies, some of them surnames too ("Frank Church"): a name is an organisation's
/// by one of them only when "of" follows ("Church of
/// Scientology", "Assembly of First Nations", "Academy of Sciences"), or alone after the body
/// was named ("the Church").
pub fn is_body_kind(w: &str) -> bool {
    [
        "church", "assembly", "academy", "museum", "bureau", "tribunal", "synod", "diocese",
    ]
    .iter()
    .any(|k| w.eq_ignore_ascii_case(k))
}

/// Capitalised words that start sentences but are never part of a name.
#[rustfmt::skip]
static STOP_CAPS: Lexicon = lexicon(&[
    "a", "about", "above", "according", "across", "additionally", "after", "afterward",
    "afterwards", "again", "against", "all", "along", "already", "also", "although", "amid",
    "among", "an", "and", "another", "any", "anyway", "apr", "april", "are", "around", "as",
    "asked", "at", "aug", "august", "because",
    "before", "behind", "below", "besides", "between", "beyond", "both", "but", "by", "could",
    "currently", "dec", "december", "despite", "did", "do", "does", "during", "each", "earlier",
    "either", "even", "eventually", "every", "feb", "february", "few", "finally", "first",
    "following", "for", "fortunately", "friday", "from", "furthermore", "had", "has", "have", "he",
    "hence", "her", "here", "him", "his", "how", "however", "i", "if", "in", "including", "indeed",
    "initially", "inside", "instead", "into", "is", "it", "its", "jan", "january", "jul", "july",
    "jun", "june", "last", "later", "like", "likewise", "many", "march", "may", "maybe", "me",
    "meanwhile", "monday", "more", "moreover", "most", "much", "my", "near", "neither",
    "nevertheless", "next", "no", "nonetheless", "nor", "not", "nov", "november", "now", "oct",
    "october", "of", "ok", "okay", "on", "once", "one", "only", "or", "other", "others",
    "otherwise", "our", "outside", "over", "overall", "per", "perhaps", "previously", "recently",
    "regarding", "saturday", "sep", "separately", "sept", "september", "several", "she", "should",
    "similarly", "since", "so", "some", "specifically", "still", "such", "sunday", "that", "the",
    "their", "them", "then", "there", "thereafter", "therefore", "these", "they", "this", "those",
    "though", "through", "throughout", "thursday", "thus", "to", "today", "toward", "towards",
    "tuesday", "ultimately", "under", "unfortunately", "unlike", "until", "upon", "us", "via",
    "was", "we", "wednesday", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "with", "within", "without", "would", "yesterday", "yet", "you",
    "your",
]);

#[inline]
pub fn is_stop_cap(w: &str) -> bool {
    has(&STOP_CAPS, w)
}

/// Lower-case pieces inside names (Ursula von der Leyen, Karim bin Said).
#[rustfmt::skip]
static PARTICLES: Lexicon = lexicon(&[
    "al", "bin", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ten", "ter", "van", "von",
]);

#[inline]
pub fn is_particle(w: &str) -> bool {
    has(&PARTICLES, w)
}

/// Words that may stand between a subject and its reporting verb ("Smith also said").
#[rustfmt::skip]
static BETWEEN: Lexicon = lexicon(&[
    "again", "all", "allegedly", "already", "also", "always", "angrily", "bluntly", "both",
    "candidly", "did", "does", "each", "earlier", "eventually", "finally", "firmly", "first",
    "flatly", "further", "had", "has", "have", "initially", "just", "later", "never", "not",
    "often", "once", "only", "openly", "previously", "privately", "proudly", "publicly", "quickly",
    "recently", "repeatedly", "reportedly", "simply", "still", "subsequently", "then", "would",
]);

/// Nouns and adjectives that end in "-ly" like an adverb and may head a subject ("the
/// assembly said", "the daily reported").
#[rustfmt::skip]
static LY_NOT_ADVERBS: Lexicon = lexicon(&[
    "ally", "anomaly", "assembly", "belly", "bully", "butterfly", "daily", "early", "elderly",
    "family", "folly", "holly", "homily", "jelly", "lily", "monopoly", "monthly", "quarterly",
    "rally", "reply", "supply", "tally", "weekly", "yearly",
]);

/// Adverbs of time and place that are not "-ly" words ("Lind meanwhile told reporters",
/// "economists here said").
#[rustfmt::skip]
static TIME_ADVERBS: Lexicon = lexicon(&[
    "here", "meanwhile", "now", "separately", "soon", "there", "today", "tonight", "too",
    "yesterday",
]);

/// Whether a lower-case word ending in "-ly" is an adverb by its form. Given names end so too,
/// short with a double "l" ("Kelly", "Holly") or in "-ily"/"-rly" after a short stem
/// ("Emily", "Carly"); adverbs of that shape ("fully", "early") are few.
pub fn reads_as_adverb(w: &str) -> bool {
    let short = w.len() <= 6;
    let name_like = short && (w.ends_with("lly") && w != "fully")
        || w.len() <= 5 && (w.ends_with("ily") || w.ends_with("rly") && w != "early");
    w.ends_with("ly") && !name_like
}

/// Whether `w` may stand between a subject and its reporting verb ("Smith also said",
/// "Smith meanwhile told"), in any case.
#[inline]
pub fn is_between(w: &str) -> bool {
    has(&BETWEEN, w) || has(&TIME_ADVERBS, w)
}

/// `is_between` for a word as written, which may also be an adverb of manner, made with "-ly"
/// ("Lind quietly told reporters", "the ministry sharply criticised"). Capitalised, an "-ly"
/// word is a name ("McNeely", "Italy").
#[inline]
pub fn stands_between(w: &str) -> bool {
    is_between(w)
        || w.len() > 4
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.ends_with("ly")
            && !has(&LY_NOT_ADVERBS, w)
}

/// Abbreviations whose period does not end a sentence (case-sensitive forms).
#[rustfmt::skip]
static ABBREVS: Lexicon = lexicon(&[
    "Adm", "Apr", "Aug", "Ave", "Brig", "Bros", "Capt", "Cmdr", "Co", "Col", "Const", "Corp",
    "Cpl", "Dec", "Dept", "Det", "Dr", "Feb", "Ft", "Gen", "Gov", "Hon", "Inc", "Insp", "Jan",
    "Jr", "Lt", "Ltd", "Maj", "Mar", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Prof", "Pt",
    "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "approx", "lbs", "vs",
]);

#[inline]
pub fn is_abbrev(w: &str) -> bool {
    // Case matters here ("No." vs "no."), so this list is searched exactly, behind the
    // case-blind filter that turns most words away cheaply.
    has(&ABBREVS, w) && ABBREVS.words.binary_search(&w).is_ok()
}

/// A US party and state after a name: "D-Calif", "R-Texas", "I-Vt" (the state maybe abbreviated,
/// so the period after it is the word's).
pub fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len() <= 9
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

#[cfg(test)]
mod tests;

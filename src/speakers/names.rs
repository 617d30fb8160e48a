//! Capitalised-name recognition over tokens: name runs, titles and roles around them, orgs vs persons.

use super::tokens::{clause_start, is_cap, Ctx};
use super::words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Person,
    Org,
    /// A single capitalised word: a surname, a first name or an organisation.
    Unknown,
}

/// A role such as "French president": lower-case head noun plus modifiers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Role {
    pub head: String,
    pub mods: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameInfo {
    pub name: String,
    pub kind: NameKind,
    pub role: Option<Role>,
    /// Some(true) = female, from a title or role word.
    pub female: Option<bool>,
    /// Token range of the name proper (titles excluded).
    pub first: usize,
    pub last: usize,
    /// Starts its sentence's main clause: a likely antecedent for a later pronoun.
    pub subject: bool,
    /// Something marks it as a person (title, role, honorific, age).
    pub evidence: bool,
    /// A lone word opening its sentence that reads like a verb form or an adverb ("Having
    /// said ...", "Let me ...", "Nevertheless, ..."): a name only if the article also writes it
    /// capitalised inside a sentence.
    pub doubtful: bool,
    /// The name with the possessive taken off before it as its owner ("Moody's Analytics" of
    /// "Analytics"): the name itself when the article named a firm so.
    pub with_owner: Option<String>,
}

pub(super) fn strip_possessive(w: &str) -> (&str, bool) {
    if !w.ends_with(['s', 'S']) {
        return (w, false);
    }
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(s) = w.strip_suffix(suf) {
            return (s, true);
        }
    }
    (w, false)
}

fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether the run starting at `a` heads its clause, allowing a descriptive prefix
/// ("Foreign ministry spokesperson Ada Lind gave ...").
fn is_clause_subject(cx: &Ctx, a: usize) -> bool {
    if inverted_after_among(cx, a) {
        return true;
    }
    let cs = clause_start(cx, a);
    if cs > a || a - cs > 7 {
        return false;
    }
    (cs..a).all(|i| {
        let w = cx.word(i);
        let article = i == cs && (w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("a"));
        cx.free_word(i) && (article || !words::is_stop_cap(w)) && !words::is_cue_verb(w)
    })
}

/// "Among those returning was Ada Lind": after a fronted "among" phrase the subject follows
/// its verb.
fn inverted_after_among(cx: &Ctx, a: usize) -> bool {
    let s = cx.sentence_start(a);
    a >= 3
        && a - s <= 10
        && cx.word(s) == "Among"
        && matches!(cx.word(a - 1), "was" | "were" | "is" | "are")
        && (s..a).all(|i| !cx.is_punct(i, ","))
}

/// A state's formal name with a word before its kind goes on after "of" ("Democratic
/// Republic of Afghanistan", "United Kingdom of Norland"); a bare "Republic of Panama" is left
/// to the name after "of", as speeches call the country.
fn state_of(cx: &Ctx, of: usize) -> bool {
    let kind = matches!(
        &*words::small(cx.word(of - 1)),
        "republic" | "kingdom" | "commonwealth" | "principality" | "sultanate" | "emirate"
    );
    kind && of >= 2
        && cx.name_piece(of - 2)
        && cx.same_sent(of - 2, of)
        && !cx.word(of - 2).eq_ignore_ascii_case("the")
}

/// Bodies whose names go on with what they deal with, after "on" or "for".
fn named_after_its_subject(w: &str) -> bool {
    matches!(
        w,
        "panel"
            | "conference"
            | "commission"
            | "committee"
            | "council"
            | "convention"
            | "forum"
            | "summit"
            | "institute"
            | "centre"
            | "center"
            | "centres"
            | "centers"
            | "foundation"
            | "society"
            | "coalition"
            | "alliance"
            | "office"
            | "agency"
            | "association"
            | "campaign"
            | "network"
            | "agreement"
            | "treaty"
            | "organization"
            | "organisation"
            | "movement"
            | "fund"
            | "union"
            | "front"
    )
}

/// "of" continues a run after a title or an organisation word ("Secretary of State Ada Lind",
/// "Bank of Canada"), "for" or "to" after a title ("Minister for Foreign Affairs Ada Lind",
/// "Ambassador to the United Nations Ada Lind"), "on" or "for" after a body named after its
/// subject.
fn joins_with_of(cx: &Ctx, of: usize) -> bool {
    if of == 0 || !cx.free_word(of) {
        return false;
    }
    let prev = cx.word(of - 1);
    match cx.word(of) {
        "of" => {
            is_cap(prev)
                && (words::is_title(prev)
                    || words::is_org_word(prev)
                    || words::is_body_kind(prev)
                    || state_of(cx, of))
        }
        // "Minister for Foreign Affairs Ada Lind", "Secretary for Defence", "Special Agent in
        // Charge Ada Lind"
        "for" | "to" if is_cap(prev) && words::is_title(prev) => true,
        "in" => is_cap(prev) && words::is_title(prev) && in_charge(cx, of),
        // "Intergovernmental Panel on Climate Change", "Institute for Fiscal Studies",
        // "Centers for Disease Control": a body named after its subject
        "on" | "for" => is_cap(prev) && named_after_its_subject(&words::small(prev)),
        _ => false,
    }
}

/// "in Charge" after a title is part of it ("Agent in Charge", "Officer in Charge").
fn in_charge(cx: &Ctx, i: usize) -> bool {
    cx.word(i) == "in" && cx.word(i + 1).eq_ignore_ascii_case("charge")
}

/// "of the" continues a run after a title ("Chancellor of the Exchequer Ada Lind").
fn joins_with_of_the(cx: &Ctx, of: usize) -> bool {
    joins_with_of(cx, of) && cx.word(of + 1) == "the" && cx.free_word(of + 1)
}

/// "and" inside one organisation's name rather than between two: single letters ("S and P"),
/// a legal form alone or after one word ("Eastport Shipping and Co", "Eastport Gas and
/// Electric Co"), a company whose name goes on
/// from a possessive ("Lind and Berg's Corp"), or a plural word before a body's name
/// ("Eastport Harbours and Rivers Commission").
/// "Johnson and Johnson" around the "and" at `k`: one word twice names one firm.
fn one_word_twice(cx: &Ctx, k: usize) -> bool {
    k >= 1
        && cx.word(k - 1) == strip_possessive(cx.word(k + 1)).0
        && (k < 2 || !cx.name_piece(k - 2))
        && !cx.name_piece(k + 2)
}

fn and_inside_name(cx: &Ctx, k: usize) -> bool {
    // "Procter & Gamble", "Lind & Berg LLP": an ampersand joins the words of one name; two
    // speakers are joined by "and".
    if k > 0 && cx.is_punct(k, "&") {
        return cx.name_piece(k - 1) && cx.name_piece(k + 1) && cx.same_sent(k - 1, k + 1);
    }
    if k == 0 || cx.word(k) != "and" || !cx.free_word(k) {
        return false;
    }
    if !(cx.name_piece(k - 1) && cx.name_piece(k + 1) && cx.same_sent(k - 1, k + 1)) {
        return false;
    }
    let letter = |w: &str| w.len() <= 2 && w.bytes().all(|c| c.is_ascii_uppercase());
    let (left, right) = (cx.word(k - 1), strip_possessive(cx.word(k + 1)));
    // ("Johnson and Johnson": one word twice names one firm, never two people)
    if letter(left) && letter(right.0) || one_word_twice(cx, k) {
        return true;
    }
    let mut e = k + 1;
    while cx.name_piece(e + 1) && cx.same_sent(e + 1, k) {
        e += 1;
    }
    let last = strip_possessive(cx.word(e)).0;
    if (k + 1..=e).all(|i| words::is_company_form(cx.word(i))) {
        return true;
    }
    // "Eastport Gas and Electric Co": one word and a legal form end the company's name; a
    // company of its own after "and" has a name of its own ("Lind and Norland Shipping Inc").
    if e == k + 2 && words::is_company_form(last) {
        return true;
    }
    // "Conference on Trade and Development", "Ministry of Agriculture and Fisheries": the
    // subject of a body's "of"/"on" may be two things, unless a person follows.
    let mut j = k - 1;
    while j > 0 && cx.name_piece(j - 1) && cx.same_sent(j - 1, k) {
        j -= 1;
    }
    // ("Bank of England and Berg" are two: `names_its_subject`.)
    // "Harper and Row Publishers Inc": a single word, not a first name, before "and" and a
    // company's name is the start of that name.
    let first_name = super::gender::is_given_name(&words::small(left));
    if j + 1 == k && words::is_company_form(last) && !first_name && e > k + 1 {
        return true;
    }
    let body_object = j >= 2
        && j + 2 >= k
        && joins_with_of(cx, j - 1)
        && (matches!(cx.word(j - 1), "on" | "for")
            || cx.word(j - 1) == "of" && names_its_subject(&words::small(cx.word(j - 2))));
    let person_next = super::gender::is_given_name(&words::small(cx.word(k + 1)));
    if body_object && e == k + 1 && !person_next {
        return true;
    }
    if e == k + 1 {
        return false;
    }
    if right.1 && words::is_company_form(last) {
        return true;
    }
    // "Ada Jones and Eastport Harbour Commission": a person's surname, not a plural.
    let after_first_name = k >= 2 && super::gender::is_given_name(&words::small(cx.word(k - 2)));
    let plural =
        left.len() > 3 && left.ends_with('s') && !left.ends_with("ss") && !strip_possessive(left).1;
    // "the Economic and Social Council", "the Food and Agriculture Organization": after "the"
    // one word and "and" open a body's name; people do not take "the".
    let after_the = j == k - 1 && j > 0 && cx.word(j - 1).eq_ignore_ascii_case("the")
        || j + 2 == k && cx.word(j) == "The";
    !after_first_name && (plural || after_the) && words::is_org_word(last)
}

/// A kind of body whose "of" names what it deals with ("Ministry of Agriculture"), which may be
/// several things; a bank's or a city's "of" names a place, which is seldom two.
fn names_its_subject(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "department"
            | "office"
            | "secretary"
            | "minister"
            | "commission"
            | "committee"
            | "council"
            | "institute"
            | "board"
            | "school"
    )
}

/// The fields of one body listed inside its name, around the comma or "and" at `p`: "the
/// Meteorology, Climatology and Geophysics Agency" (single words listed before a name that
/// ends with an organisation's word), "the Ministry of Agriculture, Fisheries and Food" (after
/// a body's "of"), or the partners of one firm ("Sears, Roebuck and Co"). Returns the list's
/// first and last tokens.
fn field_list(cx: &Ctx, p: usize) -> Option<(usize, usize)> {
    if p < 1 || !(cx.is_punct(p, ",") || cx.word(p) == "and" && cx.free_word(p)) {
        return None;
    }
    // (a capitalised article or a possessive may stand before the first: "The Meteorology,
    // ...", "Indonesia's Meteorology, ...")
    let opens = |i: usize| {
        let w = cx.word(i);
        !cx.name_piece(i) || w == "The" || strip_possessive(w).1
    };
    // (the first token of the paragraph has nothing before it)
    let one_word =
        |i: usize| cx.name_piece(i) && !cx.name_piece(i + 1) && i.checked_sub(1).is_none_or(opens);
    // back over "W ," items to the first
    let mut first = p - 1;
    if !one_word(first) {
        return None;
    }
    while first >= 2 && cx.is_punct(first - 1, ",") && one_word(first - 2) {
        first -= 2;
    }
    // on over ", W" items to "and", then the last run
    let mut j = if cx.is_punct(p, ",") { p + 1 } else { p - 1 };
    while one_word(j) && cx.is_punct(j + 1, ",") && one_word(j + 2) {
        j += 2;
    }
    let and = j + 1;
    let ampersand = cx.is_punct(and, "&");
    if !(one_word(j) && (cx.word(and) == "and" || ampersand) && cx.name_piece(and + 1))
        || first + 2 > j
    {
        return None;
    }
    let mut e = and + 1;
    while cx.name_piece(e + 1) && cx.same_sent(e + 1, p) {
        e += 1;
    }
    if !cx.same_sent(first, e) || (first..=j).any(|i| one_word(i) && first_name(cx, i)) {
        return None;
    }
    // ("Lind, Berg and Eastport Shipping Corp" are three: a firm after "and" has a name of its
    // own, a field has one word before the body's)
    let last = strip_possessive(cx.word(e)).0;
    let body = e == and + 2 && words::is_org_word(last) && !words::is_company_form(last);
    // "Sears, Roebuck and Co", "Skadden, Arps, Slate, Meagher & Flom": partners' names listed
    // up to a legal form, or whose last joins with an ampersand, name one firm.
    let firm = ampersand || (and + 1..=e).all(|i| words::is_company_form(cx.word(i)));
    let of_a_body = first >= 2
        && matches!(cx.word(first - 1), "of" | "on" | "for")
        && names_its_subject(&words::small(cx.word(first - 2)));
    (body || firm || of_a_body && e == and + 1).then_some((first, e))
}

fn first_name(cx: &Ctx, i: usize) -> bool {
    super::gender::is_given_name(&words::small(cx.word(i)))
}

/// "Sony (Norland) Ltd": a bracket of capitalised words between a name and its legal form.
/// Returns the bracket's closing token when one opens at `open`.
fn bracket_before_company(cx: &Ctx, open: usize) -> Option<usize> {
    if !cx.is_punct(open, "(") || open == 0 || !cx.name_piece(open - 1) {
        return None;
    }
    let close = (open + 2..open + 5).find(|&j| cx.is_punct(j, ")"))?;
    let inside = (open + 1..close).all(|j| cx.name_piece(j));
    let company = cx.name_piece(close + 1) && words::is_company_form(cx.word(close + 1));
    (inside && company && cx.same_sent(open - 1, close + 1)).then_some(close)
}

/// Start of the capitalised run ending at `end` (particles allowed inside).
pub fn run_left(cx: &Ctx, end: usize) -> Option<usize> {
    if !cx.name_piece(end) {
        return None;
    }
    let mut a = end;
    while a > 0 && cx.same_sent(a - 1, end) {
        let open = (a.saturating_sub(4)..a).find(|&j| cx.is_punct(j, "("));
        if let Some(o) = open.filter(|&o| bracket_before_company(cx, o) == Some(a - 1)) {
            a = o - 1;
            continue;
        }
        if a >= 3 && cx.word(a - 1) == "the" && joins_with_of_the(cx, a - 2) {
            a -= 2;
            continue;
        }
        if let Some((first, _)) = field_list(cx, a - 1).filter(|&(f, _)| f < a) {
            a = first;
            continue;
        }
        let joined = a >= 2
            && (cx.particle(a - 1) && (cx.name_piece(a - 2) || cx.particle(a - 2))
                || joins_with_of(cx, a - 1)
                || and_inside_name(cx, a - 1));
        if cx.name_piece(a - 1) || joined {
            a -= 1;
        } else {
            break;
        }
    }
    while a < end && cx.particle(a) {
        a += 1;
    }
    Some(a)
}

/// End of the capitalised run starting at `start`.
pub fn run_right(cx: &Ctx, start: usize) -> Option<usize> {
    if !cx.name_piece(start) {
        return None;
    }
    let mut b = start;
    loop {
        if cx.name_piece(b + 1) && cx.same_sent(b + 1, start) {
            b += 1;
        } else if cx.free_word(b + 1) && cx.word(b + 1).bytes().all(|c| c.is_ascii_digit()) {
            // "Unit 7", "Apollo 11"
            b += 1;
            break;
        } else if cx.particle(b + 1) && (cx.name_piece(b + 2) || cx.particle(b + 2))
            || joins_with_of(cx, b + 1) && cx.name_piece(b + 2)
            || and_inside_name(cx, b + 1)
        {
            b += 1;
        } else if joins_with_of_the(cx, b + 1) && cx.name_piece(b + 3) {
            b += 2;
        } else if let Some(close) = bracket_before_company(cx, b + 1) {
            b = close;
        } else if let Some((_, last)) = field_list(cx, b + 1).filter(|&(_, l)| l > b) {
            b = last;
        } else {
            break;
        }
    }
    Some(b)
}

/// Turns the run `a..=b` into a name: strips sentence-initial words, titles and possessive
/// prefixes ("Ukraine's President ...") into a role, and decides person vs organisation.
pub fn analyse_run(cx: &Ctx, a: usize, b: usize) -> Option<NameInfo> {
    // "envoy to Norland Ada Lind": the role's object, then the person who holds the role
    if let Some((role, j)) = name_after_role_object(cx, a, b) {
        let mut n = read_run(cx, j, b)?;
        n.role = n.role.or(Some(role));
        n.evidence = true;
        return Some(n);
    }
    read_run(cx, a, b)
}

/// `analyse_run` for a run that holds no role's object before its name.
fn read_run(cx: &Ctx, a: usize, b: usize) -> Option<NameInfo> {
    // "our Head of State", "the Duke of Eastport": the tail of a longer capitalised phrase.
    if a >= 2 && cx.word(a - 1) == "of" && cx.free_word(a - 1) && cx.name_piece(a - 2) {
        return None;
    }
    // "the Secretary- General said": the end of a title broken after its hyphen.
    if a == b && is_title_word(cx.word(a)) && broken_after_hyphen(cx, a) {
        return None;
    }
    // "I congratulate you, Sir, on ...": a form of address alone speaks to someone, and names
    // nobody.
    if a == b
        && matches!(
            &*words::small(cx.word(a)),
            "sir" | "madam" | "madame" | "sire"
        )
    {
        return None;
    }
    let b = name_end(cx, a, b);
    let company = named_whole(cx, a, b);
    let (start, had_the) = skip_function_words(cx, a, b);
    let start = if company && start > a && !cx.word(start - 1).eq_ignore_ascii_case("the") {
        keep_adjective_opener(cx, start)
    } else {
        start
    };
    let start = skip_hyphenated_modifiers(cx, start, b);
    let start = if company && start < b && owner_of_a_body(cx, start, b) {
        start + 1
    } else {
        start
    };
    // "About 2,600 ...": what is left after "About" is a number, not a name
    if (start..=b).all(|i| !cx.word(i).chars().any(char::is_alphabetic)) {
        return None;
    }
    let (start, mut role) = if company {
        (start, None)
    } else {
        opening_word(cx, start, b)
    };
    if start > b {
        return None;
    }
    let (cut, mut female) = if company {
        (start, None)
    } else {
        split_titles(cx, start, b, &mut role)
    };
    if cut > b || lone_title(cx, a, had_the, cut, b) {
        return None; // "the President of Norland", "the company's CEO": a role, no name
    }
    let count = b + 1 - cut;
    if count == 1 && words::is_stop_cap(strip_possessive(cx.word(b)).0) {
        return None;
    }
    let (name, org_word, acronyms) = spell(cx, cut, b);
    // "The Ten emphasized ...": a number word naming a group of states keeps its article
    let group = count == 1 && had_the && cut == start && words::is_number_word(cx.word(b));
    let name = if group { format!("the {name}") } else { name };
    // "The Eastport Comets" is an organisation; "The Herald's Ada Lind" is not. Nor is any
    // person named with an ampersand ("Procter & Gamble").
    let ampersand =
        (cut..=b).any(|i| cx.is_punct(i, "&") || cx.word(i) == "and" && one_word_twice(cx, i));
    let org = had_the && cut == start || org_word || ampersand || group;
    let mut with_owner = None;
    if role.as_ref().is_some_and(|r| r.head.is_empty()) {
        role = None; // a bare possessive prefix is a place, not a role
        with_owner = Some(spell(cx, start, b).0);
    }
    let kind = if org || (acronyms > 0 && acronyms == count) {
        NameKind::Org
    } else if count >= 2 || role.is_some() {
        NameKind::Person
    } else {
        NameKind::Unknown
    };
    if female.is_none() && count >= 2 {
        female = super::gender::name_gender(cx.word(cut));
    }
    let evidence = role.is_some() || female.is_some();
    let doubtful = count == 1 && !evidence && opens_like_a_verb_or_adverb(cx, cut);
    Some(NameInfo {
        name,
        kind,
        role,
        female,
        first: cut,
        last: b,
        subject: is_clause_subject(cx, a),
        evidence,
        doubtful,
        with_owner,
    })
}

/// "the envoy to Norland Ada Lind", "a spokesman for Acme Corp Nils Berg", "ambassador to
/// France Xu Ming": a lower-case role noun whose "of", "for" or "to" object runs, with no
/// comma, into the name of the person holding the role. The name is two or three words from a
/// known first name, or the last two after a place or an organisation's word. Returns the role,
/// its object among the modifiers, and where the name starts in the run `a..=b`.
pub fn name_after_role_object(cx: &Ctx, a: usize, b: usize) -> Option<(Role, usize)> {
    if b < a + 2 {
        return None;
    }
    let p = if a >= 2 && cx.word(a - 1) == "the" {
        a - 2
    } else {
        a.checked_sub(1)?
    };
    if p == 0 || !cx.free_word(p) || !matches!(cx.word(p), "of" | "for" | "to") {
        return None;
    }
    let h = p - 1;
    let head = cx.word(h);
    if !cx.free_word(h) || is_cap(head) || !cx.same_sent(h, a) || !words::is_role_noun(head) {
        return None;
    }
    let word = |i: usize| strip_possessive(cx.word(i)).0;
    let first = (b - 2..b).filter(|&j| j > a).find(|&j| first_name(cx, j));
    let after_a_body = || {
        let w = word(b - 2);
        words::is_org_word(w) || words::is_company_form(w) || super::places::is_place(w)
    };
    let j = first.or_else(|| after_a_body().then_some(b - 1))?;
    let plain = |i: usize| {
        let w = word(i);
        is_cap(w) && !words::is_org_word(w) && !words::is_company_form(w) && !is_title_word(w)
    };
    if !(j..=b).all(plain) || super::places::names_a_place(&spell(cx, j, b).0) {
        return None;
    }
    let mut role = role_before(cx, p)?;
    role.mods.extend(
        (a..j)
            .filter(|&i| cx.word(i) != "the")
            .map(|i| words::small(word(i)).to_string()),
    );
    Some((role, j))
}

/// The last word of the name in the run `a..=b`: not a pronoun after it ("Need I recall", "In
/// this Assembly I have": no regnal number) nor a day ("Ada Lind Monday said": when, not who).
fn name_end(cx: &Ctx, a: usize, b: usize) -> usize {
    let pronoun = cx.word(b) == "I" && cx.free_word(b + 1) && !is_cap(cx.word(b + 1));
    if b > a && (pronoun || super::adjuncts::is_weekday(cx, b)) {
        b - 1
    } else {
        b
    }
}

/// Whether the run `a..=b` is an organisation's name kept whole, titles and possessives
/// included: a company's up to its legal form ("Eastport Executive Corp", "Sailing Co said",
/// "First Harbour Corp"), or a body's word after a title ("the Justice Department", "General
/// Motors"; "President of the Arab Bankers Association" is a title and its body).
fn named_whole(cx: &Ctx, a: usize, b: usize) -> bool {
    if b <= a {
        return false;
    }
    let last = strip_possessive(cx.word(b)).0;
    // (an owner or a place before the title is not the title's: "the U.S. Justice
    // Department", "Britain's Justice Department")
    let titled_body = || {
        let opener = (a..b).find(|&i| !cx.word(i).eq_ignore_ascii_case("the"));
        let joined = (a..b).any(|i| matches!(cx.word(i), "of" | "for" | "to" | "on"));
        !joined
            && (opener.is_some_and(|i| is_title_word(cx.word(i))) || is_title_word(cx.word(b - 1)))
    };
    words::is_company_form(last) || words::is_org_word(&words::small(last)) && titled_body()
}

/// Whether the word at `start` is a possessive owning the body named after it ("Britain's
/// Justice Department"), not part of a firm's name up to its legal form ("Moody's Analytics
/// Inc").
fn owner_of_a_body(cx: &Ctx, start: usize, b: usize) -> bool {
    strip_possessive(cx.word(start)).1 && !words::is_company_form(strip_possessive(cx.word(b)).0)
}

/// Whether the word at `i` follows a word and a hyphen written together ("Secretary- General").
fn broken_after_hyphen(cx: &Ctx, i: usize) -> bool {
    i >= 2
        && cx.is_punct(i - 1, "-")
        && cx.toks[i - 2].end == cx.toks[i - 1].start
        && cx.toks[i - 1].end < cx.toks[i].start
        && cx.free_word(i - 2)
}

/// Whether the lone word at `i` opens its sentence the way a verb form or an adverb does:
/// "-ing", "-ed" or "-ly" itself ("Having said this"), followed by a comma ("Nevertheless,",
/// "Already,"), by a personal pronoun ("Let me", "Need I") or by a past participle ("Rest
/// assured").
fn opens_like_a_verb_or_adverb(cx: &Ctx, i: usize) -> bool {
    if i > 0 && cx.same_sent(i - 1, i) {
        return false;
    }
    let w = &*words::small(strip_possessive(cx.word(i)).0);
    if w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly")) {
        return true;
    }
    // Plural people and groups ("Authorities said") are not names, and are read elsewhere.
    let singular = w.strip_suffix('s').unwrap_or(w);
    if words::is_person_role(singular) || words::is_unnamed(w) || words::is_collective(w) {
        return false;
    }
    // "Nevertheless, it ...": an adverb before the subject; "Lind, a farmer, said" is not.
    if cx.is_punct(i + 1, ",") {
        let w2 = cx.word(i + 2);
        return matches!(w2, "I" | "we" | "you") || super::phrases::pronoun(w2).is_some();
    }
    if !cx.free_word(i + 1) {
        return false;
    }
    let next = cx.word(i + 1);
    // "Will they be shown ...?": an auxiliary before its subject; "Take, say, ...": a bare
    // verb of saying never agrees with one name.
    // ("Proponents say": a plural agrees.)
    let plural = w.ends_with('s') && !w.ends_with("ss");
    if matches!(next, "they" | "he" | "she" | "it")
        || !plural && matches!(next, "say" | "tell" | "ask")
    {
        return true;
    }
    // "Look at the ...", "Consider the ...", "Listen to ...": an imperative, whose object
    // follows at once; a name is seldom followed by a preposition or an article.
    matches!(
        next,
        "I" | "me"
            | "us"
            | "we"
            | "you"
            | "at"
            | "to"
            | "into"
            | "upon"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "our"
            | "your"
    ) || next.len() > 4 && next.ends_with("ed") && !is_cap(next)
}

/// The role a run of titles holds when no name follows them ("the President of Norland",
/// "our Head of State").
pub fn title_only(cx: &Ctx, a: usize, b: usize) -> Option<Role> {
    let (start, had_the) = skip_function_words(cx, a, b);
    let (start, mut role) = opening_word(cx, start, b);
    if start > b {
        return None;
    }
    let (cut, _) = split_titles(cx, start, b, &mut role);
    if cut <= b && lone_title(cx, a, had_the, cut, b) {
        let r = role.get_or_insert_with(Role::default);
        if !r.head.is_empty() {
            let h = std::mem::take(&mut r.head);
            r.mods.push(h);
        }
        // "Prime Minister": the words before the last are the title's own
        r.mods
            .extend((cut..b).map(|i| words::small(cx.word(i)).to_string()));
        r.head = words::small(cx.word(b)).to_string();
    } else if cut <= b {
        return None;
    }
    role.filter(|r| !r.head.is_empty())
}

/// "The President said", "the company's CEO said", "Acme's CEO said": a title alone where a
/// name would be, after a determiner (`had_the`: the run `a..=b` opened with "The") or a
/// possessive, is a role (issue 17). After a form of address ("Dr. King") it is a name.
fn lone_title(cx: &Ctx, a: usize, had_the: bool, cut: usize, b: usize) -> bool {
    // "President", "Prime Minister", "Foreign Minister": title words, and words that make a
    // title of the one after them
    let title_part = |i: usize| {
        is_title_word(cx.word(i)) || {
            let w = words::small(cx.word(i));
            words::makes_title(&w)
                || words::is_portfolio(&w)
                || matches!(&*w, "first" | "acting" | "interim")
        }
    };
    if cut > b || !is_title_word(cx.word(b)) || !(cut..=b).all(title_part) {
        return false;
    }
    let determiner = |w: &str| {
        matches!(
            w,
            "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your"
        )
    };
    // ("to become Chief Whip", "as Deputy Sheriff": after any lower-case word, titles alone
    // hold no name)
    let before = a > 0 && cx.free_word(a - 1) && cx.same_sent(a - 1, a) && {
        let w = cx.word(a - 1);
        determiner(&words::small(w)) || strip_possessive(w).1 || !is_cap(w)
    };
    // "Our Prime Minister": a determiner opening the sentence is read into the run
    had_the
        || before
        || (a..b).any(|i| {
            strip_possessive(cx.word(i)).1 || i == a && determiner(&words::small(cx.word(i)))
        })
}

/// Past adjectives made of a name and a participle ("Republican-controlled", "Eastport-based",
/// "New York-based", "Norland-backed") that open the run: they describe the name, they are
/// not part of it.
fn skip_hyphenated_modifiers(cx: &Ctx, start: usize, b: usize) -> usize {
    let participle = |i: usize| {
        let w = cx.word(i);
        w.len() > 5
            && w.rsplit_once('-').is_some_and(|(_, tail)| {
                tail.len() > 3
                    && tail.starts_with(|c: char| c.is_ascii_lowercase())
                    && (tail.ends_with("ed") || tail.ends_with("ing") || tail.ends_with("en"))
            })
    };
    // The modifier's name may take a few words ("New York-based"); the name's own last word
    // is not one ("Li Ka-shing").
    (start..=b.min(start + 3))
        .rev()
        .find(|&i| (i == start || i < b) && participle(i))
        .map_or(start, |i| i + 1)
}

/// "First Harbour Corp said": an ordinal opening a company's name is part of it, unlike a
/// function word ("But Harbour Corp said").
fn keep_adjective_opener(cx: &Ctx, start: usize) -> usize {
    let w = &*words::small(cx.word(start - 1));
    if w == "first" && !cx.is_punct(start, ",") {
        start - 1
    } else {
        start
    }
}

/// Past the function words opening the run `a..=b` ("The", "But"); whether one was "the".
fn skip_function_words(cx: &Ctx, a: usize, b: usize) -> (usize, bool) {
    let mut start = a;
    let mut had_the = false;
    while start <= b && words::is_stop_cap(cx.word(start)) {
        had_the |= cx.word(start).eq_ignore_ascii_case("the");
        start += 1;
    }
    (start, had_the)
}

/// Whether `w`, opening the sentence and the run that ends at `b`, is a participle or an
/// adverb ("Expressing Russia's concern", "Finally Lind") rather than a first name that ends
/// like one ("Emily Smith", "Alfred Lind", "Sterling Lind"). An adverb by its form
/// (`words::reads_as_adverb`); a participle unless the run is the subject of a reporting verb
/// right after it, which a participle's object never is ("Mohammed Ali said").
fn opens_with_verb_form(cx: &Ctx, w: &str, b: usize) -> bool {
    if w.len() <= 4 {
        return false;
    }
    if w.ends_with("ly") {
        return words::reads_as_adverb(w);
    }
    if !(w.ends_with("ing") || w.ends_with("ed")) {
        return false;
    }
    let mut k = b + 1;
    while cx.free_word(k) && words::stands_between(cx.word(k)) {
        k += 1;
    }
    !(cx.free_word(k) && words::is_cue_verb(cx.word(k)))
}

/// Past a sentence-initial word at `start` that is not part of the name: a participle or
/// adverb ("Expressing Russia's ..."), or a capitalised common noun, which becomes the role
/// ("Owners Ada Lind and ...").
fn opening_word(cx: &Ctx, mut start: usize, b: usize) -> (usize, Option<Role>) {
    let sentence_initial = start == 0 || !cx.same_sent(start - 1, start);
    let mut role: Option<Role> = None;
    if sentence_initial && start < b {
        let w = &*words::small(cx.word(start));
        if opens_with_verb_form(cx, w, b) {
            start += 1;
        } else if !words::is_title(w) {
            let singular = w.strip_suffix('s').unwrap_or(w);
            // "Co-owners": the last part of a hyphenated noun carries the role
            let base = singular.rsplit('-').next().unwrap_or(singular);
            if words::is_person_role(base) || words::is_unnamed(w) {
                role = Some(Role {
                    head: singular.to_string(),
                    mods: Vec::new(),
                });
                start += 1;
            }
        }
    }
    (start, role)
}

/// Moves titles and possessive prefixes in `start..b` into `role` ("Secretary of State",
/// "Ukraine's President"). Returns where the name proper starts, and the gender a title gives.
fn split_titles(
    cx: &Ctx,
    start: usize,
    b: usize,
    role: &mut Option<Role>,
) -> (usize, Option<bool>) {
    let mut female = None;
    let mut cut = start;
    for i in start..b {
        let (w, poss) = strip_possessive(cx.word(i));
        let titled = is_title_word(w);
        let joiner = matches!(w, "of" | "for" | "to") || in_charge(cx, i);
        if i >= cut && !poss && !joiner && !titled {
            continue;
        }
        let lw = words::small(w).to_string();
        if joiner && cut == i && role.is_some() {
            // "Secretary of State", "Minister for Foreign Affairs": the object belongs to the
            // role
            let name_at = after_of_object(cx, i, b);
            if let Some(r) = role.as_mut() {
                for j in i + 1..name_at.min(b + 1) {
                    if cx.word(j) != "the" {
                        r.mods.push(words::small(cx.word(j)).to_string());
                    }
                }
            }
            cut = name_at;
            continue;
        }
        if i < cut {
            continue;
        }
        if titled || poss {
            female = super::gender::gender_of(&lw).or(female);
            let r = role.get_or_insert_with(Role::default);
            for j in cut..i {
                let m = words::small(strip_possessive(cx.word(j)).0).to_string();
                r.mods.push(m);
            }
            if poss {
                r.mods.push(lw);
            } else {
                if !r.head.is_empty() {
                    let h = std::mem::take(&mut r.head);
                    r.mods.push(h);
                }
                r.head = lw;
            }
            cut = i + 1;
        }
    }
    (cut, female)
}

/// Where the name starts after the object of "of" at `of` in a title ending at `b`. "Secretary
/// of State Ada Lind": one word. "Chancellor of the Exchequer Ada Lind": after "the", the object
/// runs to a known first name, else leaves two words for the name, and two words with nothing
/// known are all the object ("President of the Norland Republic"): past `b`, no name. After
/// "for" and "to" likewise ("Minister for Foreign Affairs Ada Lind", "Ambassador to Norland
/// Ada Lind").
fn after_of_object(cx: &Ctx, of: usize, b: usize) -> usize {
    let the = cx.word(of + 1) == "the";
    if !the && cx.word(of) == "of" {
        // "Minister of Foreign Affairs", "Secretary of Home Affairs": a portfolio of affairs.
        let affairs = of + 2 <= b && cx.word(of + 2).eq_ignore_ascii_case("affairs");
        return if affairs { of + 3 } else { of + 2 };
    }
    // "for" and "to" take a longer object ("Minister for Foreign Affairs"), as "of the" does.
    let obj = if the { of + 2 } else { of + 1 };
    // (a first name opens a name of two words or more: "Refugee Council Enver Solomon" ends
    // with a surname that is a first name too)
    if let Some(j) = (obj + 1..b).find(|&j| super::gender::is_given_name(&words::small(cx.word(j))))
    {
        return j;
    }
    if b >= obj + 2 {
        b - 1
    } else {
        b + 1
    }
}

/// A title or a role noun, alone or as the last part of a hyphenated one, written before a
/// name ("President", "Administrator", "Secretary-General").
fn is_title_word(w: &str) -> bool {
    // Called for most words a name is read from: one hashing of the word, and a byte search
    // for the hyphen (`rsplit` and four lookups were 157 M of 5.86 G instructions of indexing
    // a sample of the benchmark corpus).
    words::is_title_or_role(w)
        || w.bytes()
            .rposition(|b| b == b'-')
            .is_some_and(|at| words::is_title_or_role(&w[at + 1..]))
}

/// The name `cut..=b` as one string, whether one of its words marks an organisation, and how
/// many of its words are acronyms.
fn spell(cx: &Ctx, cut: usize, b: usize) -> (String, bool, usize) {
    let mut org = false;
    let mut acronyms = 0;
    let mut name = String::with_capacity(cx.toks[b].end.saturating_sub(cx.toks[cut].start));
    for i in cut..=b {
        let w = cx.word(i);
        let w = if i == b { strip_possessive(w).0 } else { w };
        // "Canada" alone is a country; "Parks Canada" is an agency. A legal form ends a
        // company's name ("Norland Shipping AG").
        let last = i > cut && i == b;
        // "Church of Scientology", "Assembly of First Nations": a kind of body named by "of"
        let body_of = i < b && words::is_body_kind(w) && cx.word(i + 1) == "of";
        if words::is_org_word(w)
            || body_of
            || last && (w.eq_ignore_ascii_case("canada") || words::is_company_form(w))
        {
            org = true;
        }
        if is_acronym(w) {
            acronyms += 1;
        }
        // "Sony (Norland) Ltd": no space inside the bracket; "Agriculture, Fisheries and
        // Food": none before a comma.
        let tight = w == ")" || w == "," || i > cut && cx.word(i - 1) == "(";
        if !name.is_empty() && !tight {
            name.push(' ');
        }
        name.push_str(w);
    }
    (name, org, acronyms)
}

/// A lower-case role noun right before a name ("spokeswoman Maria Zakharova",
/// "NATO chief Mark Rutte"), with up to four modifiers.
pub fn role_before(cx: &Ctx, a: usize) -> Option<Role> {
    if a == 0 || !cx.free_word(a - 1) || !cx.same_sent(a - 1, a) {
        return None;
    }
    if is_cap(cx.word(a - 1)) {
        return None;
    }
    let head = cx.word(a - 1);
    if !(words::is_person_role(head) || words::is_title(head)) {
        return None;
    }
    let head = words::small(head).to_string();
    let mut mods = Vec::new();
    let mut k = a - 1;
    while k > 0 && mods.len() < 4 && cx.free_word(k - 1) && cx.same_sent(k - 1, a) {
        let w = cx.word(k - 1);
        if words::is_stop_cap(w) || words::is_cue_verb(w) {
            break;
        }
        mods.push(words::small(strip_possessive(w).0).to_string());
        k -= 1;
    }
    mods.reverse();
    Some(Role { head, mods })
}

/// A role in an appositive after a name: "Smith, the mayor of X," / "Dunn, a spokesperson for
/// Y," / "Lind, Norland's minister of health," / "Berg, chief executive of Acme,".
pub fn role_after(cx: &Ctx, b: usize) -> Option<Role> {
    if !cx.is_punct(b + 1, ",") {
        return None;
    }
    // "Lee Park, 42, a nurse from Westfield,": the age is an appositive of its own
    let age = cx.free_word(b + 2) && cx.word(b + 2).bytes().all(|c| c.is_ascii_digit());
    if age && cx.is_punct(b + 3, ",") {
        return role_after(cx, b + 2);
    }
    let article = |w: &str| matches!(w, "the" | "a" | "an" | "The" | "A" | "An");
    for k in b + 2..(b + 10).min(cx.toks.len()) {
        // "the Eagles' head coach": the apostrophe of a plural possessive
        if k > b + 2 && (cx.is_punct(k, "'") || cx.is_punct(k, "’")) {
            continue;
        }
        if !cx.free_word(k) {
            return None;
        }
        let w = cx.word(k);
        // ", Norland's minister", ", CEO of Acme": a capital opens a role only as a
        // possessive or a title; ", Nils Berg and ..." is a list of names.
        let titled = |t: usize| is_title_word(cx.word(t)) && !names_ahead(cx, t + 1);
        let opens_role = strip_possessive(w).1 || titled(k) || cx.free_word(k + 1) && titled(k + 1);
        if k == b + 2 && !article(w) && is_cap(w) && !opens_role {
            return None;
        }
        // ("Joseph, says his son": a verb after the comma opens no appositive)
        if matches!(w, "of" | "for" | "at" | "with" | "who") || words::is_cue_verb(w) {
            return None;
        }
        // "a nurse", "a retired firefighter", "a local builder": one person of a kind the
        // unnamed sources name, or known by its ending
        // ("an in-city messenger service": an agent noun before another noun modifies it.)
        let next = cx.word(k + 1);
        let head_here = !cx.free_word(k + 1)
            || is_cap(next)
            || matches!(next, "of" | "for" | "at" | "with" | "from" | "in" | "who");
        let one_of_a_kind =
            !w.ends_with('s') && (words::is_unnamed(w) || words::is_agent_noun(w) && head_here);
        if is_title_word(w) || one_of_a_kind && !is_title_word(cx.word(k + 1)) {
            // "chief executive", "head coach": the last of the role nouns is the head.
            let mut h = k;
            while cx.free_word(h + 1) && cx.same_sent(h + 1, k) && is_title_word(cx.word(h + 1)) {
                h += 1;
            }
            // "... in Eastport, the official said", "..., an official of the council told
            // Reuters": a clause of its own, not an appositive
            let clause = (h + 1..(h + 12).min(cx.toks.len()))
                .take_while(|&x| cx.free_word(x))
                .map(|x| cx.word(x))
                .any(|w| !is_cap(w) && (words::is_cue_verb(w) || words::is_auxiliary(w)));
            if clause {
                return None;
            }
            // Most appositives hold no role: the modifiers are only spelt out for one that does.
            let mut mods: Vec<String> = (b + 2..h)
                .map(|j| cx.word(j))
                .filter(|w| !article(w))
                .map(|w| words::small(strip_possessive(w).0).to_string())
                .collect();
            mods.extend(of_object(cx, h));
            return Some(Role {
                head: words::small(cx.word(h)).to_string(),
                mods,
            });
        }
    }
    None
}

/// A role set before a name by a comma, opening its clause: "The province's premier, Ada
/// Lind,", "The minister of health, Ada Lind,", "Acme's chief executive, Ada Lind,".
pub fn role_before_comma(cx: &Ctx, a: usize) -> Option<Role> {
    if a < 2 || !cx.is_punct(a - 1, ",") || !cx.same_sent(a - 2, a) {
        return None;
    }
    // The role noun: right before the comma, or before an "of" object ending there.
    let h = (a.saturating_sub(6)..a - 1)
        .rev()
        .find(|&j| cx.free_word(j) && is_title_word(cx.word(j)))?;
    let object = matches!(cx.word(h + 1), "of" | "from" | "for" | "at" | "in");
    let of_ok = h + 2 == a || object && (h + 2..a - 1).all(|j| cx.free_word(j));
    if !of_ok {
        return None;
    }
    let mut mods = Vec::new();
    let mut k = h;
    while k > 0 && h - k < 4 && cx.free_word(k - 1) && cx.same_sent(k - 1, h) {
        let w = cx.word(k - 1);
        if words::is_stop_cap(w) || words::is_cue_verb(w) {
            break;
        }
        mods.push(words::small(strip_possessive(w).0).to_string());
        k -= 1;
    }
    mods.reverse();
    if k > 0 && cx.same_sent(k - 1, k) && words::is_stop_cap(cx.word(k - 1)) {
        k -= 1; // "The", "a", "its"
        if !matches!(
            &*words::small(cx.word(k)),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        ) {
            return None;
        }
    }
    // Only at the start of its clause: "He met the premier, Ada Lind" is not an appositive.
    if k > 0 && cx.same_sent(k - 1, k) && cx.free_word(k - 1) {
        return None;
    }
    mods.extend(of_object(cx, h));
    Some(Role {
        head: words::small(cx.word(h)).to_string(),
        mods,
    })
}

/// A role given after a name by a copula: "Ada Lind, who is the coach of ...", "Ada Lind was
/// named Eastport's new police chief", "Nils Berg, who serves as its treasurer".
pub fn role_predicate(cx: &Ctx, b: usize) -> Option<Role> {
    let mut k = b + 1;
    if cx.is_punct(k, ",") && cx.word(k + 1) == "who" {
        k += 2;
    }
    let verb = |i: usize| cx.free_word(i) && cx.same_sent(i, b);
    if k == b + 3 && verb(k) {
        if let Some(role) = leading_role(cx, k) {
            return Some(role);
        }
    }
    let skip = match (cx.word(k), cx.word(k + 1)) {
        ("is" | "was" | "became" | "becomes", "named" | "appointed" | "elected") => 2,
        ("has" | "had", "been") | ("serves" | "served", "as") => 2,
        ("is" | "was" | "became" | "becomes", _) => 1,
        _ => 0,
    };
    if skip == 0 || !(k..k + skip).all(verb) {
        return None;
    }
    k += skip;
    let det = cx.word(k);
    if matches!(det, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        || strip_possessive(det).1
    {
        k += 1;
    }
    // Up to three modifiers, then the role noun(s): "new police chief", "head coach".
    let h = (k..k + 4)
        .find(|&j| cx.free_word(j) && !is_cap(cx.word(j)) && is_title_word(cx.word(j)))?;
    if (k..h).any(|j| {
        !cx.free_word(j) || words::is_stop_cap(cx.word(j)) || words::is_cue_verb(cx.word(j))
    }) {
        return None;
    }
    let mut h = h;
    while cx.free_word(h + 1) && cx.same_sent(h + 1, h) && is_title_word(cx.word(h + 1)) {
        h += 1;
    }
    let mut mods: Vec<String> = (k..h)
        .map(|j| words::small(strip_possessive(cx.word(j)).0).to_string())
        .collect();
    if strip_possessive(det).1 {
        mods.insert(0, words::small(strip_possessive(det).0).to_string());
    }
    mods.extend(of_object(cx, h));
    Some(Role {
        head: words::small(cx.word(h)).to_string(),
        mods,
    })
}

/// "Ada Lind, who heads the central bank": a verb of leading at `k` and its object give the
/// role of the one who leads ("head" of the "central bank"), the object's words its modifiers.
fn leading_role(cx: &Ctx, k: usize) -> Option<Role> {
    let head = match cx.word(k) {
        "heads" | "headed" | "runs" | "ran" => "head",
        "leads" | "led" => "leader",
        "chairs" | "chaired" => "chair",
        "directs" | "directed" => "director",
        "manages" | "managed" => "manager",
        "coaches" | "coached" => "coach",
        "owns" | "owned" => "owner",
        _ => return None,
    };
    let mut j = k + 1;
    if matches!(
        cx.word(j),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ) {
        j += 1;
    }
    let mods: Vec<String> = (j..j + 5)
        .take_while(|&x| {
            cx.free_word(x) && cx.same_sent(x, k) && !super::phrases::is_preposition(cx.word(x))
        })
        .map(|x| words::small(strip_possessive(cx.word(x)).0).to_string())
        .collect();
    (!mods.is_empty()).then(|| Role {
        head: head.to_string(),
        mods,
    })
}

/// Whether a capitalised word that is not a title follows at `i` ("President Nils Berg").
fn names_ahead(cx: &Ctx, i: usize) -> bool {
    cx.free_word(i) && is_cap(cx.word(i)) && !is_title_word(cx.word(i))
}

/// The object of "of" after a role noun at `h` ("minister of health", "mayor of Eastport"), up
/// to three words, as the role's modifiers.
fn of_object(cx: &Ctx, h: usize) -> Vec<String> {
    if cx.word(h + 1) != "of" || !cx.free_word(h + 1) {
        return Vec::new();
    }
    // "of the Exchequer" goes on past "the"; other function words end it ("of Eastport for").
    let the = |j: usize| cx.word(j) == "the";
    (h + 2..h + 5)
        .take_while(|&j| {
            cx.free_word(j) && cx.same_sent(j, h) && (the(j) || !words::is_stop_cap(cx.word(j)))
        })
        .filter(|&j| !the(j))
        .map(|j| words::small(strip_possessive(cx.word(j)).0).to_string())
        .collect()
}

/// Every capitalised name in the paragraph outside quotes, for the article's registry.
pub fn mentions(cx: &Ctx) -> Vec<NameInfo> {
    let mut out = Vec::with_capacity(cx.toks.len() / 6 + 2);
    let mut i = 0;
    while i < cx.toks.len() {
        if !cx.name_piece(i) {
            i += 1;
            continue;
        }
        let b = run_right(cx, i).unwrap_or(i);
        // A lone sentence-initial function word ("The", "But") is the common case: skip it.
        if b == i && words::is_stop_cap(cx.word(i)) {
            i += 1;
            continue;
        }
        // "Eastport retiree Ada Lind": a lone capitalised word before a person noun is a
        // place or group modifier, not a mention of anyone.
        if b == i && cx.free_word(b + 1) && !is_cap(cx.word(b + 1)) {
            let next = cx.word(b + 1);
            let agent = ["er", "or", "ist", "ant", "ent", "ian"]
                .iter()
                .any(|s| next.ends_with(s));
            if words::is_person_role(next) || words::is_unnamed(next) || agent {
                i += 1;
                continue;
            }
        }
        if let Some(mut n) = analyse_run(cx, i, b) {
            // "media company Zenvo", "the firm Acme"
            if n.first > 0 && words::is_org_role(cx.word(n.first - 1)) {
                n.kind = NameKind::Org;
                // kept as its role: "the company" is Zenvo
                n.role = Some(Role {
                    head: words::small(cx.word(n.first - 1)).to_string(),
                    mods: Vec::new(),
                });
            }
            if n.kind != NameKind::Org {
                if n.role.is_none() {
                    n.role = role_before(cx, n.first)
                        .or_else(|| role_after(cx, b))
                        .or_else(|| role_before_comma(cx, n.first))
                        .or_else(|| role_predicate(cx, b));
                    if n.role.is_some() && n.kind == NameKind::Unknown {
                        n.kind = NameKind::Person;
                    }
                }
                if n.female.is_none() {
                    n.female = n
                        .role
                        .as_ref()
                        .and_then(|r| super::gender::gender_of(&r.head));
                }
                // "Ada Lind, 42, ..."
                let aged = cx.is_punct(b + 1, ",")
                    && cx.word(b + 2).chars().all(|c| c.is_ascii_digit())
                    && !cx.word(b + 2).is_empty();
                n.evidence |= n.role.is_some() || aged;
                if aged {
                    // "Ada Lind, 42," is "the 42-year-old" later on (issue 17).
                    let age = format!("{}-year-old", cx.word(b + 2));
                    match n.role.as_mut() {
                        Some(r) => r.mods.push(age),
                        None => {
                            n.role = Some(Role {
                                head: age,
                                mods: Vec::new(),
                            })
                        }
                    }
                }
            }
            // "the American Civil Liberties Union's Washington office": the body that owns
            // the name is named too, for its acronym or "the union" later.
            if n.with_owner.is_some() && n.first > i {
                out.extend(owner_body(cx, i, n.first - 1));
            }
            // "Harbours, Rivers and Canals Norland (HRCN)": one name, not three.
            if let Some(full) = super::acronyms::bracketed_after(cx, b)
                .and_then(|acr| super::acronyms::spelt_out(cx, &n, acr))
            {
                out.retain(|m: &NameInfo| m.first < full.first);
                n = full;
            }
            out.push(n);
        }
        i = b + 1;
    }
    out
}

/// The organisation named by the run `a..=k` that ends in a possessive ("the American Civil
/// Liberties Union's"), if it is one.
fn owner_body(cx: &Ctx, a: usize, k: usize) -> Option<NameInfo> {
    if !strip_possessive(cx.word(k)).1 {
        return None;
    }
    analyse_run(cx, a, k).filter(|o| o.kind == NameKind::Org && o.last == k)
}

#[cfg(test)]
mod tests;

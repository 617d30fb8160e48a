//! Behaviour tests for the whole pipeline, on sentences written for them (plus the seed article).

use super::*;

fn speakers(paras: &[&str]) -> Vec<Vec<String>> {
    attribute(paras).into_iter().map(|p| p.speakers).collect()
}

const SEED_1: &str = r#"French President Emmanuel Macron hosted Ukraine's President Volodymyr Zelensky in Paris for a meeting with countries that are part of the 'coalition of the willing'. European leaders spoke to US President Donald Trump, and Macron claimed over two dozen countries have pledged to be part of a 'reassurance force' to safeguard Ukraine's security after any peace accord with Russia is struck. The French president opined that a ‘reassurance force’ for Ukraine is a key pillar of the security guarantees, and it will be aimed at deterring Moscow from ever again attacking its neighbour. However, this might not go down well with Russia, as it has outrightly rejected the prospect of the deployment of foreign troops in Ukraine."#;
const SEED_2: &str = r#"Russian foreign ministry spokeswoman Maria Zakharova said Moscow would not entertain discussion of an international post-conflict security force “in any format”. Expressing Russia's disappointment over the matter, she said that next time the European leaders plan to discuss the topic, they should 'have a pointer in the form of Russia’s position. 'Russia is not going to discuss the fundamentally unacceptable and security-undermining foreign intervention in Ukraine in any form, in any format,” Zakharova told reporters. However, on Sep 2, Russian President Vladimir Putin seemed to have a conciliatory tone over the issue of security guarantees, during talks with Slovak Prime Minister Robert Fico in Beijing. He said that it may be possible to reach a consensus on security guarantees for Ukraine, even as he firmly rejected Kyiv’s potential membership in NATO."#;
const SEED_3: &str = r#"Almost three and a half years after Russia launched its full-scale invasion in February 2022, European countries have declared that they will deploy troops in the form of a ‘reassurance force’ in Ukraine to avoid any such aggression from Moscow in the future. Addressing a press conference on Sep 4, Macron told reporters alongside Ukrainian President Zelensky that 26 countries have formally committed "to deploy as a reassurance force troops in Ukraine, or be present on the ground, in the sea, or in the air." Zelensky hailed the move and said, “I think that today, for the first time in a long time, this is the first such serious concrete step." Earlier in the day, NATO chief Mark Rutte also said that Russia cannot veto on whether Western powers can deploy troops to Ukraine as part of security guarantees if a truce is reached."#;

#[test]
fn seed_article_is_exact() {
    let got = speakers(&[SEED_1, SEED_2, SEED_3]);
    assert_eq!(got[0], vec!["Emmanuel Macron"]);
    assert_eq!(got[1], vec!["Maria Zakharova", "Vladimir Putin"]);
    assert_eq!(
        got[2],
        vec!["Emmanuel Macron", "Volodymyr Zelensky", "Mark Rutte"]
    );
}

/// The speakers of a one-paragraph article (shared with the stage modules' own tests).
pub(super) fn one(text: &str) -> Vec<String> {
    speakers(&[text]).pop().unwrap_or_default()
}

#[test]
fn quote_mark_styles() {
    let cases = [
        "“We will rebuild the bridge,” Ada Lind said.",
        "\"We will rebuild the bridge,\" Ada Lind said.",
        "‘We will rebuild the bridge,’ Ada Lind said.",
        "'We will rebuild the bridge,' Ada Lind said.",
        "«We will rebuild the bridge», Ada Lind said.",
        "„We will rebuild the bridge“, Ada Lind said.",
        "''We will rebuild the bridge,'' Ada Lind said.",
        "‘‘We will rebuild the bridge,’’ Ada Lind said.",
        "“We will rebuild the bridge,’’ Ada Lind said.",
    ];
    for c in cases {
        let r = attribute(&[c]);
        assert_eq!(r[0].speakers, vec!["Ada Lind"], "{c}");
        assert_eq!(r[0].quotes.len(), 1, "{c}");
        assert_eq!(
            r[0].quotes[0].text.trim_end_matches(','),
            "We will rebuild the bridge"
        );
        assert_eq!(r[0].quotes[0].speaker.as_deref(), Some("Ada Lind"));
        assert_eq!(r[0].quotes[0].cue.as_deref(), Some("said"));
    }
}

#[test]
fn quote_offsets_point_inside_the_marks() {
    let t = "Ada Lind said: “Rivers rise, and we build higher.”";
    let r = attribute(&[t]);
    let q = &r[0].quotes[0];
    assert_eq!(&t[q.start..q.end], q.text);
    assert_eq!(q.text, "Rivers rise, and we build higher.");
}

#[test]
fn apostrophes_do_not_open_quotes() {
    let t = "Norland’s mayor isn’t worried, and the Okafors' dog barked, Nils Berg said.";
    let r = attribute(&[t]);
    // The sentence is reported speech (issue 19), but no apostrophe opened a direct quote.
    assert!(r[0].quotes.iter().all(|q| q.kind == QuoteKind::Reported));
    assert_eq!(r[0].speakers, vec!["Nils Berg"]);
}

#[test]
fn scare_quotes_are_not_speech() {
    let r = attribute(&["The plan creates a 'safety corridor' along the coast."]);
    assert!(r[0].quotes.is_empty());
    assert!(r[0].speakers.is_empty());
}

#[test]
fn quote_running_over_paragraphs_keeps_its_speaker() {
    let got = speakers(&[
        "“We have worked on this bridge for years,” Ada Lind said. “The next phase starts soon.",
        "“It will take a decade to finish, and it will be worth it.",
        "“Nobody here is giving up.”",
        "The council meets again next week.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert_eq!(got[2], vec!["Ada Lind"]);
    assert!(got[3].is_empty());
}

#[test]
fn quote_run_takes_the_speaker_named_at_its_end() {
    let got = speakers(&[
        "Nils Berg opened the meeting.",
        "“Our members have waited long enough for this contract.",
        "“We expect an answer by Friday,” said Ada Lind, the union president.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert_eq!(got[2], vec!["Ada Lind"]);
}

#[test]
fn speaker_positions() {
    let got = speakers(&[
        "Ada Lind runs the port.",
        "Lind said the harbour would reopen.",
        "“The harbour will reopen,” Lind said.",
        "“The harbour will reopen,” said Lind.",
        "“The harbour will reopen on time,” she said.",
    ]);
    for (i, g) in got.iter().enumerate().skip(1) {
        assert_eq!(g, &vec!["Ada Lind".to_string()], "paragraph {i}");
    }
}

#[test]
fn role_appositives_give_the_name() {
    assert_eq!(
        one("Norland foreign ministry spokeswoman Ada Lind said the talks had ended."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("“The talks have ended,” said harbour authority chief Nils Berg."),
        vec!["Nils Berg"]
    );
}

#[test]
fn name_shapes() {
    for name in [
        "Greta von der Berg",
        "Jean-Luc Moreau",
        "Conan O'Neill",
        "José Núñez",
        "Åsa Ødegård",
    ] {
        let t = format!("{name} said the vote was close.");
        assert_eq!(one(&t), vec![name.to_string()], "{t}");
    }
}

#[test]
fn honorifics_are_stripped() {
    assert_eq!(
        one("Prime Minister Ada Lind said taxes would fall."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Mr. Nils Berg said taxes would fall."),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("Dr. Lena Hart told reporters taxes would fall."),
        vec!["Lena Hart"]
    );
}

#[test]
fn organisations_speak() {
    assert_eq!(
        one("The Kremlin said the talks were over."),
        vec!["Kremlin"]
    );
    assert_eq!(
        one("Norland Hydro said power would return by Friday."),
        vec!["Norland Hydro"]
    );
    assert_eq!(
        one("Facebook said in a statement that it had removed the posts."),
        vec!["Facebook"]
    );
}

#[test]
fn unnamed_sources_are_kept_as_worded() {
    assert_eq!(
        one("A spokesperson said the store would reopen."),
        vec!["a spokesperson"]
    );
    assert_eq!(one("Police said the road would reopen."), vec!["police"]);
    assert_eq!(one("The road reopened, officials said."), vec!["officials"]);
    assert_eq!(
        one("Sources familiar with the talks said a deal was near."),
        vec!["sources familiar with the talks"]
    );
}

#[test]
fn coordinated_subjects_and_they() {
    let got = speakers(&[
        "Co-owners Ada Lind and Nils Berg said in a statement that sales had doubled.",
        "“We will keep the shop open all winter,” they said.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind", "Nils Berg"]);
    assert_eq!(got[1], vec!["Ada Lind", "Nils Berg"]);
}

#[test]
fn appositives_with_partial_quotes_and_abbreviations() {
    let got = speakers(&[
        "Dr. Nils Berg, who moved to St. Ives “for the quiet” in Jan. 2019, says the town suits him. “I sleep well,” he says.",
    ]);
    assert_eq!(got[0], vec!["Nils Berg"]);
}

#[test]
fn offices_and_sources_with_relative_clauses() {
    assert_eq!(
        one("Lind's office said she would not comment further."),
        vec!["Lind's office"]
    );
    assert_eq!(
        one("A source close to the talks, who was not authorized to speak publicly, said they stalled."),
        vec!["a source close to the talks"]
    );
}

#[test]
fn silence_is_not_speech_and_including_lists_are_skipped() {
    assert!(one("The ministry did not respond to a request for comment.").is_empty());
    assert!(one("Lind would not comment on the case.").is_empty());
    assert_eq!(
        one("Critics, including the Eastport Bar Association, say the law is unfair."),
        vec!["critics"]
    );
}

/// A photo caption (ending with its credit) or a video's blurb (ending with its running time)
/// repeats the story: nobody speaks in it, but the people it names are the story's.
#[test]
fn captions_are_not_speech() {
    for caption in [
        "Ada Lind says she searched for the co-worker. (Ben Berg/Eastport Herald).",
        "Ada Lind said the plant was closed. (Submitted by Ada Lind)",
        "Ada Lind said the plant was closed on Monday. BEN BERG/AFP/Getty Images",
        "The Herald's Ada Lind tells us about the plant's troubles. 10:43.",
    ] {
        assert!(one(caption).is_empty(), "{caption}");
    }
    // A bracket of another kind ends a sentence of the story.
    assert_eq!(
        one("Ada Lind said the plant was closed (Eastport Herald)."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind said the bus left at 10:43."),
        vec!["Ada Lind"]
    );
    let got = speakers(&[
        "Ada Lind and her son Tom at home. (Ben Berg/Eastport Herald)",
        "Lind said she would appeal.",
    ]);
    assert!(got[0].is_empty());
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn a_person_known_by_surname_and_age_can_be_she() {
    let got = speakers(&[
        "Hart, 54, has lived in Eastport for decades.",
        "“The river is our life,” she says.",
    ]);
    assert_eq!(got[1], vec!["Hart"]);
}

#[test]
fn participial_appositives() {
    assert_eq!(
        one("Trade Minister Omar Diallo, speaking in Eastport, said the measures would stand."),
        vec!["Omar Diallo"]
    );
    assert_eq!(
        one("Lena Hart, reached by phone on Sunday, said she was relieved."),
        vec!["Lena Hart"]
    );
}

#[test]
fn singular_unnamed_sources() {
    assert_eq!(
        one("One neighbour, who asked not to be named, said she saw the car leave."),
        vec!["one neighbour"]
    );
    assert_eq!(
        one("A witness told police she heard shots."),
        vec!["a witness"]
    );
}

#[test]
fn place_modifiers_are_not_people() {
    let got = speakers(&[
        "Nils Berg took the photo for the Eastport Star.",
        "Eastport retiree Ada Lind, who swims daily, says the lake is cleaner. “It feels new,” she says.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn survives_hostile_input() {
    let big = "“a ".repeat(400_000);
    let inputs: Vec<&str> = vec![
        "",
        " ",
        "\"",
        "“",
        "’’’’",
        "said",
        "he said",
        ", said",
        "According to",
        ":“",
        "日本語の文章です。「こんにちは」と彼は言った。",
        "e\u{301}\u{301}\u{301} said \u{200b}\u{feff}",
        &big,
    ];
    let r = attribute(&inputs);
    assert_eq!(r.len(), inputs.len());
    assert!(attribute(&[]).is_empty());
}

#[test]
fn large_adversarial_paragraphs_stay_fast() {
    // Many names, pronouns and role nouns in one sentence-less paragraph: lookups are bounded.
    let unit = "Ada Lind Nils Berg he said the mayor said Cara Dunn of Norland Power told it said ";
    let big = unit.repeat(3_000);
    let start = std::time::Instant::now();
    let r = attribute(&[&big, &big]);
    assert_eq!(r.len(), 2);
    assert!(start.elapsed().as_secs() < 60);
}

#[test]
fn random_text_never_panics_and_offsets_are_valid() {
    // A tiny deterministic generator over characters that stress the scanners.
    let alphabet: Vec<char> = "aZ .,:;'\"“”‘’«»„-—–()@#\u{200b}\u{301}éßİ日\n\t0123Ada Lind said he she it they according to"
        .chars()
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let mut paras = Vec::new();
        for _ in 0..3 {
            let len = next() % 300;
            let p: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            paras.push(p);
        }
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        for (p, r) in refs.iter().zip(attribute(&refs)) {
            for q in r.quotes {
                assert!(q.start <= q.end && q.end <= p.len());
                assert_eq!(p.get(q.start..q.end), Some(q.text.as_str()));
            }
        }
    }
}

mod conjoined;
mod coref;
mod noun_phrases;
mod orgs;
mod pronouns;
mod roles;
mod unnamed;

#[test]
fn sentence_openers_that_are_not_names() {
    // Verb forms, adverbs and auxiliaries opening a sentence, never written capitalised
    // inside one: nobody speaks.
    let cases = [
        "Having said this, I would now turn to the harbour.",
        "Let us recall what was said about the harbour.",
        "Need I recall what was said about the harbour?",
        "Rest assured that the harbour will reopen, as was said.",
        "Nevertheless, it said the harbour would reopen.",
        "Already, it said, the harbour had reopened.",
    ];
    for c in cases {
        assert!(one(c).is_empty(), "{c}: {:?}", one(c));
    }
}

#[test]
fn a_sentence_opener_is_a_name_when_the_article_writes_it_inside_a_sentence() {
    let got = speakers(&[
        "The ferry was late again on Monday, and commuter Ada Rest waited an hour.",
        "Rest, a nurse, said the service had not improved.",
        "Rest assured the council that she would keep writing.",
    ]);
    assert_eq!(got[1], vec!["Ada Rest"]);
    assert_eq!(got[2], vec!["Ada Rest"]);
}

/// A first name that ends like a verb form or an adverb ("Emily", "Mohammed", "Sterling",
/// "Willy") opening a sentence is part of the name; a participle or adverb opening one is not.
#[test]
fn a_first_name_that_ends_like_a_verb_form_opens_a_sentence() {
    for name in [
        "Emily Lind",
        "Kelly Lind",
        "Mohammed Lind",
        "Alfred Lind",
        "Sterling Lind",
        "Willy de Lind",
    ] {
        let t = format!("{name} told reporters the harbour would reopen.");
        assert_eq!(one(&t), vec![name], "{t}");
    }
    assert_eq!(
        one("Expressing Norland's concern Ada Lind said the harbour would reopen."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Reportedly Lind said the harbour would reopen."),
        vec!["Lind"]
    );
}

/// An appositive of a noun with no article completed by "of", "for", "at" or "with" describes
/// the subject before it; a direction or a relative clause does not make one.
#[test]
fn an_appositive_noun_without_an_article() {
    for apposition in [
        "member of the harbour board",
        "Democratic member of the harbour board",
        "professor of law at Eastport University",
        "senior fellow at the institute",
    ] {
        let t = format!("Ada Lind, {apposition}, said the troubles were serious.");
        assert_eq!(one(&t), vec!["Ada Lind"], "{t}");
    }
    assert!(one(
        "The government closed its base at Eastport, north of Westfield, saying the reasons had gone."
    )
    .iter()
    .all(|s| s != "Eastport"));
}

/// An appositive that a comma opened and nothing closed ends in the name before the verb: the
/// person before the comma speaks, not the workplace.
#[test]
fn an_appositive_left_open_before_the_verb() {
    assert_eq!(
        one(
            "Ada Lind, professor of economics at Eastport University told the hearing it was high."
        ),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind, corporate treasurer at Norland Foods said the move was planned."),
        vec!["Ada Lind"]
    );
}

/// A relative clause after a place inside the subject describes the place: the subject is the
/// whole phrase, or nobody, never the place.
#[test]
fn which_after_a_place_inside_the_subject() {
    assert_eq!(
        one(
            "A spokesman for the port of Eastport, which has seen unrest, said ships were leaving."
        ),
        vec!["a spokesman for the port of Eastport"]
    );
    assert_eq!(
        one("The Eastport Harbour Authority, which runs the port, said it would close."),
        vec!["Eastport Harbour Authority"]
    );
    assert_eq!(
        one("However, Ada Lind of the Federation of Norland Ports, which represents 200 ports, said it would close."),
        vec!["Ada Lind"]
    );
    assert!(one(
        "A group led by members of the Berg family of Eastport, Norland, which holds a stake, said it had talks."
    )
    .iter()
    .all(|s| s != "Norland" && s != "Eastport"));
}

/// A surname alone opening a sentence before "at" is the person named before; a plural or
/// abstract noun there is no name.
#[test]
fn a_surname_before_its_workplace() {
    let got = speakers(&[
        "Ada Lind said it. Nils Berg disagreed.",
        "Berg at Eastport Securities suggested, however, that the plan was complex.",
    ]);
    assert_eq!(got[1], vec!["Nils Berg"]);
    assert!(one("Growth in Norland suggests that the plan failed.").is_empty());
}

/// A nickname in quotation marks between a first name and a surname is part of the name, not
/// a quotation (`John "Bud" Frazier` gave `John`); quoted capitalised words elsewhere stay
/// quotes.
#[test]
fn a_nickname_in_quotation_marks_is_part_of_the_name() {
    let got = speakers(&[
        "The report was optimistic, said Ada \"Bud\" Lind, a grain analyst.",
        "Lind said stocks were lower.",
    ]);
    assert_eq!(got[0], vec!["Ada Bud Lind"]);
    assert_eq!(got[1], vec!["Ada Bud Lind"]);
    assert_eq!(
        one("Lead singer Ada “Ifan” Lind told followers it was over."),
        vec!["Ada Ifan Lind"]
    );
    let r = super::attribute(&["Ada Lind called it \"Good News\" for the harbour."]);
    assert_eq!(r[0].quotes.len(), 1);
}

/// A surname with its particle, capitalised to open a sentence ("De Lind said"), is the person
/// named in full before.
#[test]
fn a_surname_with_its_particle_is_the_person_named_before() {
    let got = speakers(&[
        "Ada de Lind told a news conference the talks would be long.",
        "De Lind said the harbour would have to wait.",
    ]);
    assert_eq!(got[1], vec!["Ada de Lind"]);
}

#[test]
fn of_phrases_are_roles_not_names() {
    // The object of "of" after a title belongs to the role; it is never a speaker on its own.
    assert_eq!(
        one("The Minister of Ports said the quay would close."),
        vec!["the minister"]
    );
    assert!(one("As our Head of State said last week, the quay will close.").is_empty());
    let got = speakers(&[
        "Norland President Ada Lind visited the quay on Monday.",
        "The President of Norland said the quay would close.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // A person before "of" and an organisation is still the person.
    assert_eq!(
        one("Nils Berg of KDM said the quay would close."),
        vec!["Nils Berg"]
    );
}

#[test]
fn a_dateline_is_not_a_speaker() {
    assert_eq!(
        one("EASTPORT, N.C. — The governor, speaking at the quay on Friday, said the ferry would run."),
        vec!["the governor"]
    );
    assert_eq!(
        one("EASTPORT (Wire) - Ada Lind said the ferry would run."),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_place_inside_a_description_is_not_the_speaker() {
    assert_eq!(
        one("A ferry pilot in Eastport, who spoke on condition of anonymity, said the quay was shut."),
        vec!["a ferry pilot"]
    );
    assert_eq!(
        one("Two farmers from Norland said the quay was shut."),
        vec!["two farmers"]
    );
    // A document's source still speaks.
    assert_eq!(
        one("A statement from the Harbour Authority said the quay was shut."),
        vec!["Harbour Authority"]
    );
}

#[test]
fn two_names_joined_by_and_that_are_one() {
    // A singular verb: one subject.
    assert_eq!(
        one("Esland and Wenmark notes that the treaty was late."),
        vec!["Esland and Wenmark"]
    );
    // The second word never stands alone in the article: one name.
    let got = speakers(&[
        "The delegation of Esland and Wenmark arrived on Monday.",
        "Esland and Wenmark said the treaty was late.",
    ]);
    assert_eq!(got[1], vec!["Esland and Wenmark"]);
    // The first may be two words.
    let got = speakers(&[
        "Saint Esland and Wenmark hosted the talks.",
        "Saint Esland and Wenmark notes that the treaty was late.",
    ]);
    assert_eq!(got[1], vec!["Saint Esland and Wenmark"]);
    // Two people stay two.
    let got = speakers(&[
        "Ada Lind and Nils Berg run the ferry.",
        "Lind and Berg said the treaty was late.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind", "Nils Berg"]);
}

#[test]
fn two_apostrophes_are_a_double_quote_mark() {
    let t = "Nils Berg said: ''The quay stays shut until spring.''";
    let r = attribute(&[t]);
    assert_eq!(r[0].speakers, vec!["Nils Berg"]);
    assert_eq!(r[0].quotes.len(), 1);
    let q = &r[0].quotes[0];
    assert_eq!(q.text, "The quay stays shut until spring.");
    assert_eq!(&t[q.start..q.end], q.text);
}

#[test]
fn titles_and_roles_before_a_name_are_not_part_of_it() {
    let got = speakers(&[
        "At the opening, Vice-Chancellor Ada Lind said the quay was shut.",
        "Later, Port Administrator Nils Berg told reporters it would reopen.",
        "Lind said the boats would wait.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Nils Berg"]);
    assert_eq!(got[2], vec!["Ada Lind"]);
}

#[test]
fn forms_of_address_before_a_name_are_not_part_of_it() {
    // Issue 17: one name per person, however the article addresses them.
    let got = speakers(&[
        "Comrade Ada Lind said the quay was shut.",
        "His Excellency Nils Berg told reporters it would reopen.",
        "SecretaryGeneral Ivo Tarn said the boats would wait.",
        "The Honourable Eva Sund said the fees would rise.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Nils Berg"]);
    assert_eq!(got[2], vec!["Ivo Tarn"]);
    assert_eq!(got[3], vec!["Eva Sund"]);
}

#[test]
fn a_hyphenated_adjective_is_not_part_of_a_name() {
    assert_eq!(
        one("The Eastport-based Harbour Authority said the quay was shut."),
        vec!["Harbour Authority"]
    );
    assert_eq!(
        one("Norland-backed Ada Lind said the quay was shut."),
        vec!["Ada Lind"]
    );
    // The place before the participle may take two words.
    assert_eq!(
        one("Another skipper, New Eastport-based Ada Lind, said the quay was shut."),
        vec!["Ada Lind"]
    );
    // A hyphenated last word ending like a participle is the name's own ("Li Ka-shing").
    assert_eq!(
        one("Chairman Ada Ka-shing said the quay was shut."),
        vec!["Ada Ka-shing"]
    );
}

#[test]
fn a_company_name_keeps_the_titles_and_possessives_inside_it() {
    // Before the legal form, a title or a possessive is part of the company's name.
    assert_eq!(
        one("Eastport Executive Corp said profits rose."),
        vec!["Eastport Executive"]
    );
    assert_eq!(
        one("General Harbour Co said the quay would close."),
        vec!["General Harbour"]
    );
    assert_eq!(
        one("Berg's Shipping Inc said it would appeal."),
        vec!["Berg's Shipping"]
    );
    // Without one, a title before a name is still a role.
    assert_eq!(
        one("Chief Executive Ada Lind said profits rose."),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_short_quoted_phrase_with_no_cue_is_not_a_quote() {
    // Issue 19: a slogan on a sign, a nickname, a title: nobody is quoted saying it.
    for t in [
        "Protesters carried signs reading “Bridges not walls,” and marched to the hall.",
        "The crowd chanted “No more tolls!” outside the hall for an hour.",
    ] {
        let r = attribute(&[t]);
        assert!(r[0].quotes.is_empty(), "{t}: {:?}", r[0].quotes);
    }
    // A sentence in quotation marks is still a quote.
    let r = attribute(&["It was short. “We will rebuild the bridge before the winter comes.”"]);
    assert_eq!(r[0].quotes.len(), 1);
}

#[test]
fn a_quotation_in_a_paragraph_without_a_cue_goes_on_with_the_last_speaker() {
    // Issue 19: the quotation does not open the paragraph, so it does not float, yet nobody
    // else speaks there: it is the last speaker's.
    let r = attribute(&[
        "“We open at noon,” Ada Lind said.",
        "The shop is small. “We close at six and nobody complains about it.”",
    ]);
    let q = &r[1].quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Ada Lind"), "{:?}", r[1]);
    // ... and so the paragraph's speaker.
    assert_eq!(r[1].speakers, vec!["Ada Lind"]);
}

#[test]
fn a_few_quoted_words_are_a_quote_when_a_cue_marks_them() {
    // Issue 19: right before its cue, or named by "called".
    let r = attribute(&["“Really?” asked Ada Lind, and she laughed at the idea."]);
    assert_eq!(r[0].quotes.len(), 1, "{:?}", r[0].quotes);
    assert_eq!(r[0].quotes[0].speaker.as_deref(), Some("Ada Lind"));
    let r = attribute(&["Ada Lind called the ruling “a disgrace” on Monday."]);
    let direct: Vec<_> = r[0]
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{:?}", r[0].quotes);
    assert_eq!(direct[0].text, "a disgrace");
    assert_eq!(direct[0].speaker.as_deref(), Some("Ada Lind"));
}

#[test]
fn a_title_in_quotation_marks_is_not_a_quote_even_next_to_a_cue() {
    // Issue 19: the title of a show, with its comma, is not what anyone said.
    let t =
        "Ada Lind said on “Meet the Voters,” the weekly show, that the bridge will open in May.";
    let r = attribute(&[t]);
    assert!(
        r[0].quotes.iter().all(|q| q.kind == QuoteKind::Reported),
        "{:?}",
        r[0].quotes
    );
}

#[test]
fn a_quote_after_a_cued_one_goes_on_with_its_speaker_not_the_next_sentences_cue() {
    // Issue 19: the cue of the sentence after the quote has a clause of its own.
    let r = attribute(&[
        "“We are pleased,” Ada Lind said. “We start the bridge next year.” Nils Berg said the plan costs too much.",
    ]);
    let direct: Vec<_> = r[0]
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.speaker.as_deref())
        .collect();
    assert_eq!(direct, vec![Some("Ada Lind"), Some("Ada Lind")]);
}

#[test]
fn a_few_quoted_words_set_off_before_or_introduced_by_a_cue_are_a_quote() {
    // Issue 19: after a comma and right before the cue, or right after "verb,".
    for t in [
        "The tour of the new bridge, “a real eye-opener” Ada Lind says.",
        "Ada Lind retorted, “Not on my watch” and left the room.",
    ] {
        let r = attribute(&[t]);
        let direct: Vec<_> = r[0]
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .collect();
        assert_eq!(direct.len(), 1, "{t}: {:?}", r[0].quotes);
        assert_eq!(direct[0].speaker.as_deref(), Some("Ada Lind"), "{t}");
    }
}

#[test]
fn a_quoted_noun_phrase_after_an_article_is_not_a_quote() {
    // Issue 19: the writer borrows the words of a ruling or a notice; nobody says them here.
    let r = attribute(&[
        "The court found the refusal was an “unreasonable exercise of the minister's powers” in law.",
    ]);
    assert!(r[0].quotes.is_empty(), "{:?}", r[0].quotes);
}

#[test]
fn quoted_items_of_a_list_are_not_quotes() {
    // Issue 19: signs, slogans and titles listed one after another.
    let r = attribute(&[
        "With signs reading “Keep the old ferry,” “Stop the toll” and “The bridge is a waste of money,” about 50 people marched.",
    ]);
    assert!(r[0].quotes.is_empty(), "{:?}", r[0].quotes);
    // Sentences quoted one after another are speech.
    let r = attribute(&[
        "Ada Lind spoke first. “We will build it before the winter.” “It will be the longest bridge in the province.”",
    ]);
    assert_eq!(r[0].quotes.len(), 2, "{:?}", r[0].quotes);
}

#[test]
fn a_fragment_going_on_the_writers_sentence_with_no_cue_and_no_speaker_is_not_a_quote() {
    // Issue 19: quoted words in lower case inside the writer's own sentence.
    let r = attribute(&[
        "The engineer decided then that the bridge “was the one he was going to rebuild first.”",
    ]);
    assert!(r[0].quotes.is_empty(), "{:?}", r[0].quotes);
}

#[test]
fn a_company_name_keeps_the_word_that_opens_the_sentence() {
    // Issue 17: "Boeing Co" lost "Boeing" as a sentence opener read like a verb form.
    assert_eq!(
        one("Sailing Co said it bought two ferries."),
        vec!["Sailing"]
    );
    assert_eq!(
        one("Harbourtied Inc said profits rose."),
        vec!["Harbourtied"]
    );
    assert_eq!(
        one("First Eastport Corp said profits rose."),
        vec!["First Eastport"]
    );
    // A function word before it is still not part of the name.
    assert_eq!(
        one("But Eastport Corp said profits fell."),
        vec!["Eastport"]
    );
}

#[test]
fn and_inside_an_organisation_name() {
    // Issue 17: organisation names cut at "and".
    assert_eq!(
        one("The Harbours and Rivers Commission said it would review the filing."),
        vec!["Harbours and Rivers Commission"]
    );
    assert_eq!(
        one("Lind and Berg's Rating Corp said it cut the debt of Eastport Steel."),
        vec!["Lind and Berg's Rating"]
    );
    assert_eq!(one("L and B said the outlook was stable."), vec!["L and B"]);
    assert_eq!(
        one("Eastport Lind and Co said it bought the shares."),
        vec!["Eastport Lind"]
    );
    assert_eq!(
        one("Eastport Federal Savings and Loan Association said its members approved."),
        vec!["Eastport Federal Savings and Loan Association"]
    );
    // Two speakers stay two.
    assert_eq!(
        one("Ada Lind and Nils Berg said the port would reopen."),
        vec!["Ada Lind", "Nils Berg"]
    );
    assert_eq!(
        one("Norland and Eastport Harbour Commission said talks would resume."),
        vec!["Norland", "Eastport Harbour Commission"]
    );
    assert_eq!(
        one("Mary Jones and Eastport Harbour Commission said talks would resume."),
        vec!["Mary Jones", "Eastport Harbour Commission"]
    );
}

#[test]
fn titles_with_of_the_and_titles_of_trade() {
    // Issue 17: "Chancellor of the Exchequer Nigel Lawson" gave "Exchequer Nigel Lawson".
    assert_eq!(
        one("Governor of the Harbour Ada Lind said the quay was safe."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Norland Trade Representative Nils Berg said talks would resume."),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("Treasurer Nils Berg said the budget would be tight."),
        vec!["Nils Berg"]
    );
    // A title broken after its hyphen is not a name.
    assert!(one("The Secretary- General said the talks would go on.")
        .iter()
        .all(|s| s != "General"));
}

#[test]
fn an_unnamed_source_is_printed_in_one_case() {
    // Issue 17: "Analysts" and "analysts" were two speakers.
    let got = speakers(&[
        "Analysts said the market was weak. Other analysts said it would recover.",
        "Harbour sources said the rate would fall. A company spokesman said it was not for sale.",
        "Norlandic officials said the talks would resume.",
        "Dealers said the rate would hold.",
    ]);
    assert_eq!(got[0], vec!["analysts", "other analysts"]);
    assert_eq!(got[1], vec!["harbour sources", "a company spokesman"]);
    assert_eq!(got[2], vec!["Norlandic officials"]);
    assert_eq!(got[3], vec!["dealers"]);
}

#[test]
fn a_bracket_inside_a_company_name() {
    // Issue 17: "Sony (U.K.) Ltd said" gave "Ltd".
    assert_eq!(
        one("Eastport Shipping (Norland) Ltd said it would double capacity."),
        vec!["Eastport Shipping (Norland)"]
    );
    assert_eq!(
        one("The rate was cut, lead manager Berg Securities Co (Europe) Ltd said."),
        vec!["Berg Securities Co (Europe)"]
    );
}

/// A prepositional phrase set off by commas between a subject and its verb is skipped like
/// an appositive: ", in Chapter 11 of the bankruptcy code,", ", of Eastport,".
#[test]
fn a_phrase_between_commas_before_the_verb_is_skipped() {
    let got = speakers(&[
        "Harbour Tools Co, in Chapter 11 of the bankruptcy code, said creditors would be paid.",
        "Ada Lind, of Eastport, said the ferry was late.",
    ]);
    assert_eq!(got[0], vec!["Harbour Tools"]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

/// A title joined by "for" keeps its object ("Minister for Foreign Affairs"), and "member
/// states" is a noun, not members stating.
#[test]
fn a_title_with_for_is_a_role_and_member_states_do_not_speak() {
    let got = speakers(&[
        "Minister for Foreign Affairs Ada Lind said the talks would resume.",
        "The Minister for Foreign Affairs of Norland concluded his statement with a poem.",
        "The Union and its member states rose to the occasion.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert!(
        got[1].iter().all(|s| !s.contains("Affairs")),
        "{:?}",
        got[1]
    );
    assert_eq!(got[2], Vec::<String>::new());
}

/// A place after "in" is not the speaker: the name before it is ("Amnesty International in
/// London said"), and a plain noun before it is nobody ("The breakthrough in the Middle East
/// tells us", "Events in Norland confirm").
#[test]
fn a_place_after_in_is_not_the_speaker() {
    let got = speakers(&[
        "Harbour Watch International in Eastport said the trial was unfair.",
        "Ada Lind in Eastport said the ferry was late.",
        "The breakthrough in the Middle East tells us that peace is possible.",
        "Events in the Middle East confirm that courage is needed.",
    ]);
    assert_eq!(got[0], vec!["Harbour Watch International"]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert_eq!(got[2], Vec::<String>::new());
    assert_eq!(got[3], Vec::<String>::new());
}

/// A title joined by "to" keeps its object too ("Ambassador to the United Nations").
#[test]
fn a_title_with_to_is_a_role() {
    let got = speakers(&[
        "According to Norland's Ambassador to the United Nations Ada Lind, the vote shows progress.",
        "Special Envoy to Eastland Piet Berg said the talks would resume.",
        "Ada Lind, adviser to the president, said the talks would resume.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
    assert_eq!(got[2], vec!["Ada Lind"]);
}

/// "According to" takes the organisation named after "the" even when no comma closes it: "According
/// to the regional Health Ministry more than 40 people have died".
#[test]
fn according_to_a_name_needs_no_comma() {
    let got = speakers(&[
        "According to the regional Health Ministry more than 40 people have died in the floods.",
        "According to the Eastport Harbour Authority spokesman the ferry was late.",
    ]);
    assert_eq!(got[0], vec!["Health Ministry"]);
    assert_eq!(got[1], vec!["the Eastport Harbour Authority spokesman"]);
}

/// A post-nominal between commas ("Ada Lind, QC, said") belongs to the name before it.
#[test]
fn a_post_nominal_is_not_the_speaker() {
    let got = speakers(&[
        "Speaking for the defence, Ada Lind, QC, said the parents should be acquitted.",
        "Defence lawyer Piet Berg, SC, said the ruling would be appealed.",
        "Ada Lind, MP, told the house the bill was flawed.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
    assert_eq!(got[2], vec!["Ada Lind"]);
}

/// Whoever saw or obtained a text is not its speaker: "A memo seen by the Daily Planet says".
/// An author after "by" still is.
#[test]
fn the_one_who_saw_a_text_did_not_say_it() {
    let got = speakers(&[
        "A leaked memo seen by the Eastport Herald says staff may be cut within weeks.",
        "Documents obtained by Ada Lind show the plan was approved in May.",
        "A report by the Harbour Institute says the port is too small.",
    ]);
    assert_eq!(got[0], Vec::<String>::new());
    assert_eq!(got[1], Vec::<String>::new());
    assert_eq!(got[2], vec!["Harbour Institute"]);
}

/// A parenthetical between a name and its verb is skipped: a party and state ("Sen. Ada Lind
/// (R-Ohio) said"), or a note ("Ada Lind (pictured) said").
#[test]
fn a_parenthetical_before_the_verb_is_skipped() {
    let got = speakers(&[
        "Sen. Ada Lind (R-S.C.) said the deal was dead.",
        "Senate Majority Leader Piet Berg (R-Ky.) said on the floor that he would not bring the bill up.",
        "Nadia Okafor (pictured) told reporters the bakery would close.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
    assert_eq!(got[2], vec!["Nadia Okafor"]);
}

/// A party and state between commas ("Ada Lind, D-Calif., said") belong to the name.
#[test]
fn a_party_and_state_between_commas_is_not_the_speaker() {
    let got = speakers(&[
        "House Speaker Ada Lind, D-Calif., called the plan \"a non-starter.\"",
        "Rep. Piet Berg, R-Texas, said the vote would be close.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
}

/// A colon after a reporting verb's phrase ("said in a statement:") is that verb's; it does not
/// read a second subject from the sentence.
#[test]
fn a_colon_after_a_reporting_verb_adds_no_speaker() {
    let got = speakers(&[
        "Democratic presidential candidate Ada Lind said in a statement: \"This is corruption.\"",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
}

/// A party tag ending a sentence ends it ("said Sen. Ada Lind, D-Conn. Berg, he said, ...") and
/// is never a speaker of its own ("Ada Lind, D-Mich., a member of the team, said").
#[test]
fn a_party_tag_is_part_of_the_name_before_it() {
    let got = speakers(&[
        "Sen. Ada Lind, D-Mich., a member of the leadership team, said the vote was close.",
        "\"It is an old game,\" said Sen. Piet Berg, D-Conn. Okafor, he said, \"knows the rules.\"",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
}

/// Two names joined by "and", each with a party tag in brackets, both speak; a hyphenated
/// former title in an appositive is a role ("Ada Lind, ex-Secretary of State, wrote").
#[test]
fn bracketed_tags_and_former_titles_keep_the_names() {
    let got = speakers(&[
        "Sens. Ada Lind (D-Cal.) and Piet Berg (R-Wash.) said they introduced the bill.",
        "In 1899 Ada Lind, ex-Secretary of State of Norland, wrote the following: \"He was anxious.\"",
        "Furthermore, the Office of the Judge Advocate General (JAG) announced that a trial will start.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind", "Piet Berg"]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert!(got[2].iter().all(|s| s != "the general"), "{:?}", got[2]);
}

/// A role after an age appositive is the person's ("Lee Park, 42, a nurse from Westfield,"),
/// and so is one person of a kind unnamed sources are ("a nurse"): "the nurse" later is Park.
#[test]
fn a_role_after_an_age_is_registered() {
    let got = speakers(&[
        "Lee Park, 42, a nurse from Westfield, joined the march.",
        "The nurse said the hospital was short-staffed.",
    ]);
    assert_eq!(got[1], vec!["Lee Park"]);
}

/// A role noun after a comma that opens a clause of its own is no appositive: "trade with the
/// United States, an official of the council told Reuters" gives the States no role; "the
/// official" later is that official.
#[test]
fn a_role_that_opens_a_clause_is_no_appositive() {
    let got = speakers(&[
        "The move opens markets to partners, especially Norland, an official of the trade council told reporters.",
        "The official said the moves were intended to balance trade.",
    ]);
    assert_eq!(got[1], vec!["an official of the trade council"]);
}

/// He/she may point back to an unnamed speaker who is one person ("a police spokesman"), when
/// that speaker is more salient than any named person; not across genders.
#[test]
fn a_pronoun_points_back_to_an_unnamed_speaker() {
    let got = speakers(&[
        "Premier Piet Berg visited the flooded town on Monday.",
        "A police spokesman said two men had been arrested. He added that more arrests were likely.",
        "\"We are not done yet,\" he said.",
        "A police spokeswoman said the roads were closed. He added that more arrests were likely.",
    ]);
    assert_eq!(got[1], vec!["a police spokesman"]);
    assert_eq!(got[2], vec!["a police spokesman"]);
    // "He" is not the spokeswoman: the man named before.
    assert_eq!(got[3], vec!["a police spokeswoman", "Piet Berg"]);
}

/// A name after "of" or "for" inside a noun phrase for people is not the speaker; the phrase
/// is ("The mayor of Westfield said", "A lawyer for Ada Lind said"). A spokesperson for an
/// organisation speaks for it, and a role in an appositive after an inverted name is the
/// name's.
#[test]
fn the_noun_before_of_a_name_speaks() {
    let got = speakers(&[
        "The mayor of Westfield, a former firefighter, said the town would rebuild.",
        "The family of Piet Berg said in a statement that he was a loving father.",
        "A lawyer for Piet Berg said his client would appeal.",
        "A spokesman for Harbour Foods said sales were up.",
        "\"It will help,\" said Ada Lind, medical director of Eastport's Harbour Clinic.",
    ]);
    assert_eq!(got[0], vec!["the mayor of Westfield"]);
    assert_eq!(got[1], vec!["the family of Piet Berg"]);
    assert_eq!(got[2], vec!["a lawyer for Piet Berg"]);
    assert_eq!(got[3], vec!["Harbour Foods"]);
    assert_eq!(got[4], vec!["Ada Lind"]);
}

/// Kin are people who speak ("The man's sister, who asked not to be named, said"); a phrase
/// after a preposition between commas is skipped (", for her part,"); a role "to" a place is
/// the role's ("Canada's ambassador to China said").
#[test]
fn kin_asides_and_roles_to_a_place() {
    let got = speakers(&[
        "The man's sister, who asked not to be named for fear of reprisals, said he had been threatened.",
        "Ada Lind, for her part, insisted the plan was sound.",
        "Norland's ambassador to Eastland said talks were continuing.",
    ]);
    assert_eq!(got[0], vec!["the man's sister"]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert_eq!(got[2], vec!["Norland's ambassador to Eastland"]);
}

/// Appositives that open with "one of", a possessive or "then" are descriptions: the name
/// before them speaks ("Ada Lind, one of the founders of the league, said").
#[test]
fn appositives_of_membership_and_kin_give_the_name() {
    for (text, who) in [
        (
            "Ada Lind, one of the founders of the Eastport League, said that peace matters.",
            "Ada Lind",
        ),
        ("Piet Berg, his brother, said it was late.", "Piet Berg"),
        ("Piet Berg, then the mayor, said it was late.", "Piet Berg"),
    ] {
        assert_eq!(one(text), vec![who], "{text}");
    }
}

/// A time adverbial before the subject ("At Eastport, a year later, Ada Lind spoke") leaves the
/// name the clause's subject, so a later "he" points back to it.
#[test]
fn a_subject_after_a_time_phrase_is_the_pronouns_antecedent() {
    assert_eq!(
        one(
            "At Eastport, a year later, Piet Berg spoke of the will needed. He said peace matters."
        ),
        vec!["Piet Berg"]
    );
}

/// "said at the college in Eastport, Norland:" introduces the speaker's own words: the region
/// after a town is no name set off before the colon; a titled name set off is.
#[test]
fn a_region_before_an_introducing_colon_is_not_the_speaker() {
    let got = speakers(&[
        "Seventy years ago, Piet Berg, one of the founders of the league, said at the college in Fulton, Norland:",
        "\"Our difficulties will not be removed.\"",
        "As was stressed by the President of Norland, Ada Lind:",
        "\"We must act with great determination.\"",
    ]);
    assert_eq!(got[0], vec!["Piet Berg"]);
    assert_eq!(got[1], vec!["Piet Berg"]);
    assert_eq!(got[3], vec!["Ada Lind"]);
}

/// An imperative opening a sentence ("Look at ...", "Consider the ...") is no name, nor is a
/// proper adjective before a cue word used as a noun ("cheated by Norlandic promises").
#[test]
fn imperatives_and_proper_adjectives_are_not_speakers() {
    assert_eq!(
        one("Look at the young people who have started a campaign, declaring that the group is wrong."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("Eastland feels cheated by Norlandic promises, officials said."),
        vec!["officials"]
    );
}

/// A form of address ends a paragraph or stands between commas to address someone: "Mr.
/// President," and "Sir" name nobody, and a name before a clause ("Ada Lind, we must act.")
/// signs nothing.
#[test]
fn forms_of_address_are_not_speakers() {
    for text in [
        "We joined the statement during this difficult time. Mr. President,",
        "We joined it. Ada Lind, we must act.",
        "I congratulate you, Sir, on your election and assure you of the full support of my delegation.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
}

/// A body's name goes on over "on" and over the two things of its subject ("Panel on Climate
/// Change", "Conference on Trade and Development", "Ministry of Agriculture and Fisheries"); a
/// bank's place is one ("The Bank of Norland and Berg" are two).
#[test]
fn a_bodys_subject_is_part_of_its_name() {
    assert_eq!(
        one("The Intergovernmental Panel on Climate Change confirms that the loss has increased."),
        vec!["Intergovernmental Panel on Climate Change"]
    );
    assert_eq!(
        one("As the Norland Conference on Trade and Development has pointed out, prices fell."),
        vec!["Norland Conference on Trade and Development"]
    );
    assert_eq!(
        one("The Ministry of Agriculture and Fisheries said prices fell."),
        vec!["Ministry of Agriculture and Fisheries"]
    );
    assert_eq!(
        one("The Bank of Norland and Berg said prices fell."),
        vec!["Bank of Norland", "Berg"]
    );
}

/// A title after a possessive is a role, however many words it has: "Our Prime Minister
/// announced" is the prime minister, "As my President stated" the president.
#[test]
fn a_possessed_title_is_a_role() {
    assert_eq!(
        one("Our Prime Minister announced that we will sanction those responsible."),
        vec!["the prime minister"]
    );
    assert_eq!(
        one("As my President stated on another occasion, the time has come."),
        vec!["the president"]
    );
    assert_eq!(
        one("The Foreign Minister said the talks would go on."),
        vec!["the foreign minister"]
    );
}

/// A word opening a sentence before a bare verb of saying ("Take say on Obama, ...") is no
/// name: one name never agrees with "say".
#[test]
fn a_bare_say_after_an_opening_word_is_no_name() {
    assert_eq!(
        one("Take say on Obama, his adviser is on record of favoring expansion."),
        Vec::<String>::new()
    );
}

/// The one addressed is no speaker: "what you, Mr. President, have concluded", "In these
/// circumstances, Mr. President, my Prime Minister wishes me to deliver ...:".
#[test]
fn the_one_addressed_is_not_the_speaker() {
    assert_eq!(
        one("I must affirm what you, Mr. President, have already concluded: that the council is supreme."),
        Vec::<String>::new()
    );
    let got = speakers(&[
        "In these circumstances, Mr. President, my Prime Minister wishes me to deliver the following message:",
        "\"It is with deep regret that I cannot lead my delegation.\"",
    ]);
    assert!(got.iter().flatten().all(|s| s != "President"), "{got:?}");
}

/// A number left after an opening word ("About 2,600 elections") is no name, and so no one a
/// later "he" can point back to.
#[test]
fn a_number_is_no_antecedent() {
    let got = speakers(&[
        "About 2,600 elections will be held.",
        "\"Candidates will all oppose the tax,\" he said.",
    ]);
    assert!(got[1].iter().all(|s| s != "2"), "{got:?}");
}

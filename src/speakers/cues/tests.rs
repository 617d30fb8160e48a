//! Unit tests of cues.rs, on sentences written for the tests.
use super::super::attribute;

fn speakers(paras: &[&str]) -> Vec<Vec<String>> {
    attribute(paras).into_iter().map(|p| p.speakers).collect()
}

fn one(text: &str) -> Vec<String> {
    speakers(&[text]).pop().unwrap_or_default()
}

#[test]
fn reporting_verbs_in_all_forms() {
    for verb in [
        "said",
        "says",
        "told reporters",
        "added",
        "claimed",
        "stated",
        "noted",
        "warned",
        "insisted",
        "explained",
        "wrote",
        "argued",
        "announced",
        "confirmed",
        "denied",
        "admitted",
        "acknowledged",
        "suggested",
        "predicted",
        "recalled",
        "quipped",
        "replied",
        "responded",
        "concluded",
        "urged",
        "stressed",
        "tweeted",
        "posted",
        "opined",
        "hailed",
        "has said",
        "also said",
        "was quoted as saying",
    ] {
        let t = format!("Ada Lind {verb} that the harbour plan was sound.");
        assert_eq!(one(&t), vec!["Ada Lind"], "{t}");
    }
}

#[test]
fn non_speech_uses_of_cue_verbs_in_accounting() {
    // "wrote off", "writes down": accounting, not writing.
    assert_eq!(
        one("Ada Lind said the bank wrote off its shipping loans."),
        vec!["Ada Lind"]
    );
    assert!(one("The bank wrote down its stake in the shipyard.").is_empty());
}

#[test]
fn non_speech_uses_of_cue_verbs() {
    assert!(one("Eastport added two late goals to win.").is_empty());
    assert!(one("The team responded with a late goal.").is_empty());
    assert!(one("Ada Lind posted a video of the launch.").is_empty());
    assert_eq!(one("“We will win,” Ada Lind added."), vec!["Ada Lind"]);
    assert!(one("Nils Berg wrote for the Eastport Herald for ten years.").is_empty());
    assert!(one("Nils Berg was rushed to hospital but declared dead on arrival.").is_empty());
    assert!(one("Governor Ada Lind declared a state of emergency.").is_empty());
    assert_eq!(
        one("Nils Berg declared that the harbour was open."),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("The Norland government declared its support for the plan."),
        vec!["the Norland government"]
    );
}

#[test]
fn descriptors_between_org_and_name() {
    assert_eq!(
        one("“It is a fantasy,” said Opposition critic Nils Berg, adding that costs would soar."),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("Lena Hart and Nils Berg both said they would attend."),
        vec!["Lena Hart", "Nils Berg"]
    );
}

#[test]
fn any_verb_right_after_a_quote() {
    assert_eq!(
        one("“I count the money,” Teo Reyes laughs."),
        vec!["Teo Reyes"]
    );
    assert!(one("The “old guard” Teo Reyes leads.").is_empty());
}

#[test]
fn labels_before_colons_are_not_speakers() {
    assert_eq!(
        one("MARKET VIEW: “Rates will fall,” Nils Berg, chief strategist at Zenvo, said."),
        vec!["Nils Berg"]
    );
}

#[test]
fn cue_shapes() {
    assert_eq!(
        one("The harbour plan is sound, according to Ada Lind."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind: “The harbour plan is sound.”"),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Norland Power said in a statement that rates would rise."),
        vec!["Norland Power"]
    );
    assert_eq!(
        one("Ada Lind, who has led the port for a decade, said the plan was sound."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind, a spokesperson for the port, said the plan was sound."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Her agent, Nils Berg, said the contract was signed."),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("Ada Lind rejected the offer, saying it came too late."),
        vec!["Ada Lind"]
    );
}

#[test]
fn documents_speak_for_their_senders() {
    assert_eq!(
        one("Rates will rise, according to a statement from Norland Power."),
        vec!["Norland Power"]
    );
    assert_eq!(
        one("A news release from the Harbour Workers Union said members would strike."),
        vec!["Harbour Workers Union"]
    );
    let got = speakers(&[
        "Ada Lind resigned on Monday.",
        "In her statement, she said the decision was hers alone.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn naming_in_quoted_words_is_speech() {
    assert_eq!(
        one("Defence lawyer Ada Lind called the ruling “a travesty.”"),
        vec!["Ada Lind"]
    );
    assert!(one("Locals called the road a shortcut.").is_empty());
}

#[test]
fn particle_led_names_and_relatives() {
    assert_eq!(
        one("The group al-Nasra, a rebel faction, said it was behind the raid."),
        vec!["al-Nasra"]
    );
    let got = speakers(&[
        "Ada Lind was killed in the attack, police said.",
        "“She was kind to everyone,” the father said.",
    ]);
    assert_eq!(got[1], vec!["the father"]);
}

/// "Any future Norland state must ...", "Member states have agreed ...": a cue word that is
/// also a noun, followed by an auxiliary, a modal or a linking verb ("the Eastport notes
/// remained"), heads a subject; it reports nothing.
#[test]
fn a_cue_word_that_heads_a_subject_is_a_noun() {
    for text in [
        "Any future Norland state must not threaten its neighbours.",
        "Seventy years later, that Norland state still does not exist.",
        "Forty member states have agreed on new rules.",
        "The Eastport claims were rejected by the court.",
        "Lind's remarks have angered the council.",
        "We support an independent Norland state that would live in peace.",
        "We call for a Norland state within the borders of 1967.",
        "Its rating of the Eastport Inns notes remained sound.",
        "Five states passed resolutions against the act.",
        "The 12 claims were rejected by the court.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
    // The verb: a pronoun before it, or a clause after it.
    assert_eq!(
        one("The money, she states, has gone. Ada Lind states that the money has gone."),
        vec!["Ada Lind".to_string()]
    );
    assert_eq!(
        one("Ada Lind, an analyst at Eastport Securities Ltd, estimates profits will fall."),
        vec!["Ada Lind".to_string()]
    );
    assert_eq!(
        one("Ada Lind notes the money has gone."),
        vec!["Ada Lind".to_string()]
    );
    assert_eq!(
        one("The Norlanders state that the money has gone."),
        vec!["Norlanders".to_string()]
    );
}

/// "denied the allegations", "pleaded guilty", "claimed responsibility": acts done with words
/// whose content is not reported; with a clause, a quote or "to ..." after the verb they report.
#[test]
fn a_verb_of_saying_with_a_plain_object_reports_nothing() {
    for text in [
        "Eastport Mining denied the allegations.",
        "Ada Lind pleaded guilty to fraud in 2019.",
        "The Harbour Front claimed responsibility for the blast.",
        "Ada Lind confirmed the move to Eastport.",
        "The Harbour Front has vowed retribution.",
        "Mayor Ada Lind announced the end of the curfew.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Eastport Mining denied that it had polluted the river.",
        "Ada Lind confirmed Monday that she would run again.",
        "Ada Lind announced in a statement that she would run again.",
        "Ada Lind vowed to fight the ruling.",
        "Ada Lind confirmed to reporters that she would run again.",
        "Ada Lind denied it.",
    ] {
        assert_eq!(one(text).len(), 1, "{text}");
    }
}

/// "conceded a penalty", "maintained a policy": verbs of saying that also name acts done to a
/// plain object; "conceded that ..." and "maintained his innocence, saying" still report.
#[test]
fn conceding_and_maintaining_a_thing_is_no_speech() {
    for text in [
        "The striker Piet Berg conceded a penalty in the 62nd minute.",
        "Norland has maintained a policy of open borders for decades.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Piet Berg conceded that the team had played badly.",
        "Norland has maintained that its borders are open.",
    ] {
        assert_eq!(one(text).len(), 1, "{text}");
    }
}

/// "was quoted by the Eastport Herald as saying": the one quoted speaks, not the paper.
#[test]
fn quoted_by_a_paper_as_saying_is_the_subject_speaking() {
    assert_eq!(
        one("Prime Minister Ada Lind was quoted by the Eastport Herald as saying she was watching the markets."),
        vec!["Ada Lind".to_string()]
    );
}

/// Responding to something is a reaction, not speech; responding by saying or in a statement
/// reports.
#[test]
fn responding_to_a_request_is_no_speech() {
    assert_eq!(
        one("Ada Lind responded to requests for comment on Monday."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("Ada Lind responded in a statement that the claims were false.").len(),
        1
    );
}

/// "a principle according to which one party must not ...": a relative clause names no source.
#[test]
fn according_to_which_is_no_source() {
    assert_eq!(
        one("The pact breaks a principle according to which one party must not seek its own security."),
        Vec::<String>::new()
    );
}

/// "posted a statement saying ...", "sent a letter to the council saying ...": the document
/// speaks for the sentence's subject; "quoted Lind as saying" stays Lind's.
#[test]
fn a_document_saying_speaks_for_its_sender() {
    assert_eq!(
        one("The group posted a statement online saying the clinic was full."),
        vec!["the group"]
    );
    assert_eq!(
        one("Ada Lind sent a letter to the council saying the clinic was full."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("The paper quoted Ada Lind as saying that reforms will continue."),
        vec!["Ada Lind"]
    );
}

/// "Police described the attack as an act of terror": describing as is saying so; not in the
/// passive ("was described as", "a firm described by analysts as").
#[test]
fn describing_as_is_saying() {
    assert_eq!(
        one("Police described the attack as an act of terror."),
        vec!["police"]
    );
    assert_eq!(
        one("Authorities did not name the victim but described her as the children's mother."),
        vec!["authorities"]
    );
    for text in [
        "The man was described as armed and dangerous.",
        "Lind described the plan in detail.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
}

/// An adverb of manner ("-ly") or of time may stand between a subject and its verb; a
/// capitalised "-ly" word is a name, not an adverb.
#[test]
fn an_adverb_between_the_subject_and_its_verb() {
    for adverb in ["quietly", "sharply", "meanwhile", "yesterday", "separately"] {
        let t = format!("Ada Lind {adverb} told reporters the harbour plan was sound.");
        assert_eq!(one(&t), vec!["Ada Lind"], "{t}");
    }
    assert_eq!(
        one("The ministry quietly said that orders must wait."),
        vec!["the ministry"]
    );
    let got = speakers(&[
        "Morgan McNeely runs the clinic.",
        "Still, McNeely said the winter was hard.",
    ]);
    assert_eq!(got[1], vec!["Morgan McNeely"]);
}

/// Criticising, condemning and praising are done in words: their subject speaks.
#[test]
fn criticising_and_praising_are_speech() {
    for verb in ["criticised", "criticized", "condemned", "praised"] {
        let t = format!("Ada Lind {verb} the slow pace of the harbour works.");
        assert_eq!(one(&t), vec!["Ada Lind"], "{t}");
    }
}

/// A participle in the passive reports what was spoken of, not who spoke.
#[test]
fn a_passive_participle_is_no_speaker() {
    assert!(one("Ada Lind was criticised for the delay.").is_empty());
    assert!(one("Ada Lind has been praised, but also criticized, for the delay.").is_empty());
    assert!(one("It was said that the quay would close.").is_empty());
    assert_eq!(
        one("Ada Lind, who was widely criticised, said she would stay."),
        vec!["Ada Lind"]
    );
}

/// "according to" a name that a preposition, not a comma, ends; "of", "for" and "on" go on
/// with the name.
#[test]
fn according_to_a_name_without_a_comma() {
    assert_eq!(
        one("According to the Norland Interior Ministry over 345 pilgrims died."),
        vec!["Norland Interior Ministry"]
    );
    assert_eq!(
        one("Deaths rose 30 pct, according to the Norland Institute on Drug Abuse."),
        vec!["Norland Institute on Drug Abuse"]
    );
}

/// A question asked and reported as an indirect question is speech; a request ("asked ... to")
/// and a question that only sets the time of the answer are not the asker's words.
#[test]
fn a_reported_question_is_speech() {
    assert_eq!(
        one("Ada Lind asked officials how the documents were lost."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind has asked the ministry whether the documents were lost."),
        vec!["Ada Lind"]
    );
    assert!(one("Norland asked Eastport to lift the ban.").is_empty());
    assert!(
        one("He shook his head when reporters asked if the meeting would go ahead.")
            .iter()
            .all(|s| s != "reporters")
    );
}

/// "denied these allegations:" reports the words the colon introduces, quoted or not.
#[test]
fn an_object_then_a_colon_introduces_the_words() {
    assert_eq!(
        one("The ministry denied these allegations: she was never forced to stay."),
        vec!["the ministry"]
    );
    assert!(one("Ada Lind denied the allegations.").is_empty());
}

/// Calling for something is demanding it in words; a plan that calls for something provides
/// for it, and someone called for jury duty says nothing.
#[test]
fn calling_for_is_speech() {
    assert_eq!(
        one("The Norland Foreign Ministry called for the sailors' release."),
        vec!["Norland Foreign Ministry"]
    );
    assert_eq!(one("Ada Lind has called for an inquiry."), vec!["Ada Lind"]);
    assert!(one("The Eastport Plan calls for deep cuts.").is_empty());
    assert!(one("The agreement with Eastport Group calls for two plants to be sold.").is_empty());
    assert!(one("Ada Lind met protesters after protests and calls for reform.").is_empty());
    assert!(one("Ada Lind was called for jury duty.").is_empty());
}

/// A progressive's auxiliary belongs to the verb group, not to the subject.
#[test]
fn a_progressive_reporting_verb() {
    assert_eq!(
        one("In several towns, groups of women are calling for a ceasefire."),
        vec!["groups of women"]
    );
    assert_eq!(
        one("Officials were warning that the dam could fail."),
        vec!["officials"]
    );
}

#[test]
fn a_sentence_may_open_with_said_and_its_subject() {
    assert_eq!(
        one("Said Ada Lind, director of Eastport Shipping Co, \"The worst is over.\""),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Prices rose. Says Nils Berg, the harbour master: \"We are glad.\""),
        vec!["Nils Berg"]
    );
    // "Said" as a name, and a sentence opening with a verb that reports nothing
    assert_eq!(
        one("Omar Said said the talks would go on."),
        vec!["Omar Said"]
    );
    assert!(one("Says who? Nobody knows.").is_empty());
}

#[test]
fn a_quote_ending_in_not_does_not_negate_the_verb_after_it() {
    assert_eq!(
        one("\"The harbour is open, the bridge is not,\" said Nils Berg."),
        vec!["Nils Berg"]
    );
    assert!(one("Nils Berg did not say the harbour was open.").is_empty());
}

#[test]
fn a_base_form_inverts_with_a_plural_source() {
    assert_eq!(
        one("The findings are new, say the researchers, and they may help."),
        vec!["researchers"]
    );
    assert_eq!(
        one("\"It works,\" say analysts at Eastport Bank."),
        vec!["analysts at Eastport Bank"]
    );
    assert_eq!(one("Prices will fall, say police."), vec!["police"]);
    // not a request to someone, nor a singular
    assert!(one("Prices fell, tell the officials.").is_empty());
    assert!(one("The findings are new, say the researcher.").is_empty());
}

#[test]
fn in_someones_words_is_theirs() {
    assert_eq!(
        one("In Dr. Ada Lind's words, \"Could the moment be tied to the choice?\""),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("The plan, in the words of Nils Berg, \"was dead on arrival.\""),
        vec!["Nils Berg"]
    );
    assert!(one("In other words, the plan failed.").is_empty());
    assert!(one("Lind's words were printed on the wall.").is_empty());
}

#[test]
fn the_agent_of_a_passive_reporting_verb_spoke() {
    assert_eq!(
        one("The closures have been described as \"heartbreaking\" by the harbour department."),
        vec!["the harbour department"]
    );
    assert_eq!(
        one("Ada Lind was criticised by union leaders for the cuts."),
        vec!["union leaders"]
    );
    assert_eq!(
        one("The budget was praised, but also criticized by analysts at Eastport Bank."),
        vec!["analysts at Eastport Bank"]
    );
    // a question, a fund's adviser, and words not yet said
    assert!(one("Ada Lind was asked by reporters whether she would stay.").is_empty());
    assert!(one("The fund is advised by Nils Berg.").is_empty());
    assert!(one("The plan is expected to be announced by Nils Berg in May.").is_empty());
}

#[test]
fn being_called_by_a_name_is_no_speech() {
    assert!(one("Norland, or Eastmark as it is called by its people, is small.").is_empty());
}

#[test]
fn a_time_medium_or_occasion_between_subject_and_verb() {
    // "Lind on Monday said": the adjunct is not the subject; whoever stands before it is.
    for adjunct in [
        "on Monday",
        "Monday",
        "on Tuesday night",
        "last week",
        "earlier this month",
        "late Friday",
        "in a statement",
        "in a statement on Monday",
        "in an interview with the Eastport Herald",
        "in a letter to shareholders",
        "at a news conference",
        "also on Monday",
    ] {
        let text = format!("Ada Lind {adjunct} said the bridge would reopen.");
        assert_eq!(one(&text), vec!["Ada Lind"], "{text}");
        let text = format!("Ada Lind chairs the board. The mayor {adjunct} told reporters no.");
        assert_eq!(one(&text), vec!["the mayor"], "{text}");
    }
    // A known occasion more often describes who speaks than when.
    assert_eq!(
        one("One participant at the meeting said the plan was dead."),
        vec!["one participant at the meeting"]
    );
    // A participle has no subject before it.
    assert!(
        one("Legislation passed by Congress last year calling for a sale set a target.").is_empty()
    );
}

#[test]
fn a_time_after_the_verb_may_be_a_phrase() {
    // "announced Friday night on television": the time does not make the verb take an object.
    assert_eq!(
        one("Turnout was 23 per cent, the election board announced Friday night on television."),
        vec!["the election board"]
    );
}

#[test]
fn a_role_after_the_verb_that_opens_a_clause_is_not_its_subject() {
    // "said the captain and the crew were calm": the role is the reported clause's subject.
    assert_eq!(
        one("Another executive, Ada Lind, said the captain and the crew were calm."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("The bridge will reopen, said the mayor."),
        vec!["the mayor"]
    );
}

#[test]
fn boasting_or_contending_a_thing_is_no_speech() {
    // "boasts a pair of titles": has; "contended for the title": competed.
    assert!(one("Ada Lind boasts a pair of titles.").is_empty());
    assert!(one("Ada Lind has contended for the title twice.").is_empty());
    assert_eq!(
        one("Ada Lind boasted that the plan worked."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Ada Lind contended the plan was unfair."),
        vec!["Ada Lind"]
    );
}

#[test]
fn calling_something_a_thing_is_saying_so() {
    // "called the ruling a landmark judgment" judges it in words; naming and phoning do not.
    for text in [
        "Ada Lind called the ruling a landmark judgment.",
        "Ada Lind now calls it a rookie mistake.",
        "Ada Lind called the ruling on the harbour a landmark.",
    ] {
        assert_eq!(one(text), vec!["Ada Lind"], "{text}");
    }
    for text in [
        "Ada Lind called her former boss Thursday night.",
        "A defector from a group called the Sea Guild was found.",
        "Ada Lind called it a day after the vote.",
        "Ada Lind called the strike to cancel the measures.",
        "Ada Lind called the office of the mayor a second time.",
        "Ada Lind listed what she called the assets of the port.",
    ] {
        assert!(one(text).is_empty(), "{text}");
    }
}

#[test]
fn a_quoted_title_closing_an_appositive() {
    // 'Lind, author of "Crop News," said': the comma inside the title's closing mark ends the
    // appositive; the subject is before it.
    for text in [
        "Grain analyst Ada Lind, author of the newsletter \"Global Crop News,\" said the crop failed.",
        "Ada Lind, author of \"Crop News,\" said in a report that the crop failed.",
    ] {
        assert_eq!(one(text), vec!["Ada Lind"], "{text}");
    }
    // A quotation in capitals is still a quotation.
    assert_eq!(one("\"We Will Win,\" said Ada Lind."), vec!["Ada Lind"]);
}

#[test]
fn present_forms_of_reporting_verbs() {
    // "counters", "retorts", "observes" report as "countered" does.
    for verb in ["counters", "retorts", "observes", "exclaims"] {
        let text = format!("Ada Lind {verb} that the port is safe.");
        assert_eq!(one(&text), vec!["Ada Lind"], "{text}");
    }
    // "counters" is a noun too.
    assert_eq!(
        one("Bank counters were closed, the ministry said."),
        vec!["the ministry"]
    );
}

/// "..., researchers report.", "Analysts report that ...": the present of "report" after a
/// plural subject, ending the sentence or before "that"; "the Lind report.", "a staff report
/// that forecasts ..." are the noun.
#[test]
fn report_in_the_present_reports() {
    for (text, who) in [
        (
            "Heart patients earn less later, researchers report.",
            "researchers",
        ),
        ("Analysts report that prices rose.", "analysts"),
        ("Prices will rise, the ministry reports.", "the ministry"),
    ] {
        assert_eq!(one(text), vec![who], "{text}");
    }
    for text in [
        "It was all in the Ada Lind report.",
        "Officials read an Eastport staff report that forecasts a surplus.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
}

/// "went on to say", "continued to say", "was quick to add": the speaking happened; "wanted to
/// say" does not say it did.
#[test]
fn going_on_to_say_is_saying() {
    for text in [
        "Ada Lind went on to say that the plan would fail.",
        "The mayor continued to say that the plan would fail.",
        "The mayor hastened to add that the plan would fail.",
        "The economists were quick to caution that the data prove nothing.",
        "\"We will win,\" Ada Lind went on to say.",
    ] {
        assert_eq!(one(text).len(), 1, "{text}: {:?}", one(text));
    }
    assert!(one("Ada Lind wanted to say that the plan would fail.").is_empty());
    // (a paragraph opening with the phrase has nothing before it to be its subject)
    assert!(one("on to say the plan would fail.").is_empty());
    assert!(one("Ada Lind tried to explain that the plan would fail.").is_empty());
}

/// A cue word that is a noun too, ending its clause after capitalised words inside it, is the
/// clause's object: "surpassed Wall Street estimates", "exports to other EC states". After a
/// comma it is the verb of the words before ("Sales will fall, Eastport Bank estimates.").
#[test]
fn a_cue_noun_ending_its_clause_after_a_name_is_no_verb() {
    for text in [
        "Shares rose after results surpassed Wall Street estimates.",
        "The plan would hit exports to other EC states, diplomats said.",
        "The utility wants to export power to the New England states.",
    ] {
        let got = one(text);
        assert!(
            got.iter()
                .all(|s| !s.contains("Street") && !s.contains("EC") && !s.contains("England")),
            "{text}: {got:?}"
        );
    }
    assert_eq!(
        one("Sales will fall 5 pct, Eastport Bank estimates."),
        vec!["Eastport Bank"]
    );
    assert_eq!(
        one("The crop will be small, the Eastport Grain Board estimates."),
        vec!["Eastport Grain Board"]
    );
}

/// "expressed deep concern", "voiced strong opposition": an attitude put into words is speech;
/// "expressed milk", "voiced a character", "the views expressed by experts" and a name's word
/// ("American Express") are not.
#[test]
fn expressing_an_attitude_is_speech() {
    for text in [
        "The Eastport ministry expressed deep concern over the detentions.",
        "Ada Lind voiced strong opposition to the merger.",
        "Farm groups have expressed reservations about the tax.",
    ] {
        assert_eq!(one(text).len(), 1, "{text}: {:?}", one(text));
    }
    for text in [
        "She expressed milk for the baby.",
        "He voiced a character in the film.",
        "The views expressed by experts on this site are their own.",
        "An American Express card was found.",
    ] {
        assert!(one(text).is_empty(), "{text}: {:?}", one(text));
    }
}

/// "talked about how ...", "spoke of what ...", "talking of "..."": speaking, with what was
/// said told; "spoke about the plan" tells only the topic.
#[test]
fn talking_about_how_is_speech() {
    for text in [
        "Ada Lind talked about how the plan failed.",
        "Ada Lind spoke of what the loss meant to her.",
        "The harbour authorities are still talking of an \"interim agreement\" with Norland.",
    ] {
        assert_eq!(one(text).len(), 1, "{text}");
    }
    for text in [
        "Ada Lind spoke about the plan on Monday.",
        "The talks about how to end the strike failed.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
}

/// "claimed his own reward", "claim a membership of seven million": claiming a thing takes it;
/// claiming a clause says it, with or without its "that" ("claimed Acme tried to ...", "claimed
/// such deals possibly violated ...").
#[test]
fn claiming_a_thing_is_no_speech() {
    for text in [
        "Earlier this year Ada Lind claimed her own reward.",
        "The Eastport unions claim a membership of seven million.",
        "Ada Lind claimed the title of champion.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Ada Lind claimed Acme tried to overturn the pledges.",
        "Ada Lind claimed such purchases possibly violated the rules.",
        "Ada Lind claimed that the vote was rigged.",
        "Ada Lind claimed the vote was rigged.",
    ] {
        assert_eq!(one(text), vec!["Ada Lind"], "{text}");
    }
}

/// "Cathay reported 1986 profits climbed to ...": "reported" with a clause that lost its
/// "that" reports it; "reported earnings of ...", "the quarter ended December 31", "reported
/// little progress but are hopeful" and an adjective ("reported crop problems") do not.
#[test]
fn reporting_a_clause_without_that_is_speech() {
    for text in [
        "Eastport Shipping last week reported 1986 profits climbed to 12 mln dlrs.",
        "Eastport Shipping reported this month its net profits rose 29.5 pct.",
    ] {
        assert_eq!(one(text), vec!["Eastport Shipping"], "{text}");
    }
    for text in [
        "Eastport Shipping reported fourth quarter earnings of 48.5 mln dlrs.",
        "Eastport Shipping reported net earnings in the quarter ended December 31 of 4 mln dlrs.",
        "Eastport officials have reported little progress but are hopeful that a deal will come.",
        "Dry weather and reported crop problems prompted the ministry to cut its estimate.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
}

/// "was known for telling others "..."", "is fond of saying that ...", "set the tone by saying,
/// "..."": a cue's gerund after "of", "for" or "by" speaks for the sentence's subject when what
/// was said follows; "a habit of saying grace" says nothing.
#[test]
fn a_gerund_after_a_preposition_speaks_for_the_subject() {
    for text in [
        "Ada Lind was known for telling others \"she was in charge of the port\" in those years.",
        "Ada Lind is fond of saying that the port never sleeps.",
        "Ada Lind set the tone of the debate by saying, \"We will not bend.\"",
    ] {
        assert_eq!(one(text), vec!["Ada Lind"], "{text}");
    }
    assert_eq!(
        one("Ada Lind has a habit of saying grace before meals."),
        Vec::<String>::new()
    );
}

/// "if company officials respond", "If Ada Lind says no": speech supposed in a clause opened by
/// "if", "unless" or "whether" is not reported; the speech around it still is.
#[test]
fn supposed_speech_is_not_reported() {
    for text in [
        "The paper will update this post if company officials respond.",
        "If Ada Lind says no, the deal is off.",
    ] {
        assert_eq!(one(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        one("Asked if the mayor would say he erred, spokesman Tom Dahl told reporters, \"No.\""),
        vec!["Tom Dahl"]
    );
    assert_eq!(
        one("Ada Lind said that if the plan fails, she would resign."),
        vec!["Ada Lind"]
    );
}

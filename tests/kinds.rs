//! Each rule kind on real sentences (from the founding example, the dev articles and news
//! like them), with the traps a precise engine must not fall into: changes over time,
//! different measures, bounded counts, different actors, the time of a statement.

use contra::engine::{Level, RuleSet};
use contra::ingest::{Corpus, IngestOptions, document_from_text, parse_date};
use contra::lexicon::{Lexicon, RuleSource};

/// Findings as (rule, level) over documents given as (outlet, text), published 2025-10-22.
fn findings(docs: &[(&str, &str)]) -> Vec<(String, Level)> {
    report(docs).findings.iter().map(|f| (f.rule.clone(), f.kind)).collect()
}

/// The whole report over documents given as (outlet, text), published 2025-10-22.
fn report(docs: &[(&str, &str)]) -> contra::report::Report {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).unwrap();
    let mut corpus = Corpus::default();
    for (i, (outlet, text)) in docs.iter().enumerate() {
        let options = IngestOptions {
            published: parse_date("2025-10-22"),
            outlet: Some(outlet.to_string()),
            ..Default::default()
        };
        corpus.documents.push(document_from_text(&format!("d{i}"), text, &options, lex));
    }
    contra::check(corpus, &rules, lex)
}

fn conflicts(docs: &[(&str, &str)]) -> Vec<String> {
    findings(docs).into_iter().filter(|(_, k)| k.is_conflict()).map(|(r, _)| r).collect()
}

fn has(found: &[(String, Level)], rule: &str) -> bool {
    found.iter().any(|(r, _)| r == rule)
}

/// The claims' texts of each finding whose level passes `keep`.
fn finding_texts(r: &contra::report::Report, keep: impl Fn(Level) -> bool) -> Vec<Vec<String>> {
    let text = |id: &String| r.claims.iter().find(|c| &c.id == id).map_or(String::new(), |c| c.text.clone());
    r.findings.iter().filter(|f| keep(f.kind)).map(|f| f.claims.iter().map(text).collect()).collect()
}

#[test]
fn death_tolls_with_bounds_are_a_discrepancy() {
    let c = conflicts(&[
        ("RT", "AP says that at least 45 Afghan troops were killed and up to 70 injured in the attack on the base."),
        (
            "RT",
            "AFP cited a deputy head of the provincial council, reporting at least 65 fatalities in the attack on the base.",
        ),
    ]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn killed_and_injured_are_different_measures() {
    let c = conflicts(&[
        ("RT", "Officials said up to 70 people were injured in the attack on the base."),
        ("RT", "A security official said the death toll in the attack on the base was at least 70."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn houses_and_troops_are_not_the_dead() {
    let c = conflicts(&[
        (
            "AP",
            "Some 250,000 houses and 30,000 commercial buildings collapsed in the earthquake, according to government estimates.",
        ),
        ("AP", "The communications minister raised the official death toll from the earthquake to 230,000."),
    ]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[
        ("AP", "Officials said 12 soldiers were killed in the ambush near the border."),
        ("AP", "Officials said 30 civilians were killed in the ambush near the border."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_count_well_under_an_estimates_ceiling_disputes_it_but_not_a_limits() {
    let army = ("AP", "An army spokesman said two soldiers were killed at the checkpoint on Monday.");
    // "Up to 50" claims a toll near 50.
    let f = conflicts(&[
        ("Reuters", "The rebels said the bomb had killed up to 50 soldiers at the checkpoint on Monday."),
        army,
    ]);
    assert_eq!(f, ["numbers/death-toll-mismatch"]);
    // "Fewer than 50" only limits it, and a count near the ceiling fills it in.
    let f = conflicts(&[
        ("Reuters", "The rebels said fewer than 50 soldiers were killed at the checkpoint on Monday."),
        army,
    ]);
    assert!(f.is_empty(), "{f:?}");
    let f = conflicts(&[
        ("Reuters", "The rebels said the bomb had killed up to 50 soldiers at the checkpoint on Monday."),
        ("AP", "An army spokesman said 41 soldiers were killed at the checkpoint on Monday."),
    ]);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn the_same_bounded_figure_is_corroboration() {
    let f = findings(&[
        ("AP", "More than 100 people were killed in the flood in the valley, police said."),
        ("Reuters", "Over 100 people were killed in the flood in the valley, the mayor said."),
    ]);
    assert!(has(&f, "agreement/same-figure"), "{f:?}");
    assert!(!f.iter().any(|(_, k)| k.is_conflict()), "{f:?}");
}

#[test]
fn claims_that_differ_by_weak_opposites_neither_agree_nor_conflict() {
    // A rate raised against one lowered, a minister who arrived against one who left: the
    // words overlap, so without the opposites these would be the same proposition.
    let f = findings(&[
        (
            "Reuters",
            "The central bank will raise interest rates in April, officials said. The minister arrived in Paris on Sunday.",
        ),
        (
            "Bloomberg",
            "The central bank will lower interest rates in April, officials said. The minister left Paris on Sunday.",
        ),
    ]);
    assert!(!f.iter().any(|(_, k)| *k == Level::Agreement), "{f:?}");
    assert!(!f.iter().any(|(_, k)| k.is_conflict()), "{f:?}");
    // The same words with no opposite between them still agree.
    let f = findings(&[
        ("Reuters", "The central bank will raise interest rates in April, officials said."),
        ("Bloomberg", "The central bank will raise interest rates in April, a central bank official said."),
    ]);
    assert!(has(&f, "agreement/same-proposition"), "{f:?}");
}

#[test]
fn a_headline_retelling_one_source_does_not_keep_the_others_apart() {
    // The headline and the spokesman's figure are one source (the headline retells the
    // story); the rescue agency is a second. The agreement joins the two sources.
    let r = report(&[(
        "Anadolu",
        "Death toll from Indonesia flash floods rises to 37\n\n\
         \"As of Monday noon, 37 people have died and 12 people remain missing,\" disaster agency spokesman \
         Wahyu Santoso told reporters in Jakarta, adding that heavy equipment was still unable to reach two villages.\n\n\
         The national search and rescue agency, Basarnas, said separately that its teams had recovered 37 bodies from \
         the mud and debris.",
    )]);
    let same_figure: Vec<_> = r.findings.iter().filter(|f| f.rule == "agreement/same-figure").collect();
    assert_eq!(same_figure.len(), 1, "{:?}", r.findings);
    let texts: Vec<&str> =
        same_figure[0].claims.iter().map(|id| r.claims.iter().find(|c| &c.id == id).unwrap().text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("37 people have died")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("recovered 37 bodies")), "{texts:?}");
}

#[test]
fn never_scheduled_against_announced() {
    let c = conflicts(&[
        ("Axios", "Last week Trump said that he would meet with Putin in Budapest within two weeks."),
        ("Axios", "The Kremlin said there was never a set date for a summit between Trump and Putin."),
    ]);
    assert_eq!(c, vec!["event-status/never-scheduled"]);
}

#[test]
fn planned_then_cancelled_is_an_update() {
    let f = findings(&[
        ("Politico", "Trump announced last week that he would meet Putin in Budapest."),
        ("Axios", "The White House has suspended work on preparing the meeting between Trump and Putin in Budapest."),
    ]);
    assert!(has(&f, "event-status/called-off"), "{f:?}");
    assert!(!f.iter().any(|(_, k)| k.is_conflict()), "{f:?}");
}

#[test]
fn postponed_is_not_cancelled() {
    // One capital says the summit is off for now, the other that it is off for good.
    let r = report(&[(
        "CNS",
        "On Tuesday, the foreign ministry said the summit between Stanca and Valde had been postponed. \
         \"The summit is not cancelled, only postponed,\" Foreign Minister Aurel Dobre said on Wednesday. \
         \"As things stand, the summit has been cancelled,\" presidential spokesman Nils Arven said on Wednesday.",
    )]);
    let conflict = finding_texts(&r, |k| k.is_conflict());
    assert!(
        conflict.iter().any(|texts| texts.iter().any(|t| t.contains("not cancelled, only postponed"))
            && texts.iter().any(|t| t.contains("has been cancelled"))),
        "{conflict:?}"
    );
    // "Postponed" and "cancelled" are no agreement, nor is "not cancelled" a cancellation.
    for texts in finding_texts(&r, |k| k == Level::Agreement) {
        assert!(!texts.iter().any(|t| t.contains("has been cancelled")), "{texts:?}");
    }
}

#[test]
fn a_figure_its_source_corrected_is_no_rival() {
    let r = report(&[(
        "Tidewater",
        "The Marevian News Agency (MNA) reported on Sunday, citing rescue officials, that 14 people had died in the \
         capsizing of the ferry. In a correction issued on Monday, the agency said the number of dead in the \
         capsizing was 11, saying three victims had been counted twice. Governor Elena Moravec said on Monday \
         that 16 people had died in the capsizing of the ferry.",
    )]);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    // The corrected figure still meets the governor's; the withdrawn one and the twice-counted
    // victims meet no one.
    assert!(
        conflicts.iter().any(|t| t.iter().any(|x| x.contains("was 11")) && t.iter().any(|x| x.contains("16 people"))),
        "{conflicts:?}"
    );
    for t in &conflicts {
        assert!(!t.iter().any(|x| x.contains("14 people") || x.contains("counted twice")), "{t:?}");
    }
}

#[test]
fn a_figure_in_a_question_is_no_toll() {
    let text = "The coast guard put the toll from the capsizing of the ferry at 11. Governor Elena Moravec said 16 \
                people had died in the capsizing of the ferry. Asked whether the five bodies in Vira could be the \
                five missing, coast guard spokesman Dario Fenn said: \"We are checking.\"";
    let r = report(&[("Tidewater", text)]);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(conflicts.iter().any(|t| t.iter().any(|x| x.contains("16 people"))), "{conflicts:?}");
    assert!(!conflicts.iter().flatten().any(|x| x.contains("five bodies")), "{conflicts:?}");
}

#[test]
fn a_demand_and_an_offer_are_two_positions() {
    let text = "The union, which represents about 2,600 of the mine's workers, is seeking an 8% real wage increase \
                and a one-off bonus of 25 million pesos. Andina Cobre has offered a 3% increase and a bonus of 14 \
                million pesos, which it says reflects lower copper prices.";
    assert!(conflicts(&[("Reuters", text)]).is_empty());
    // Two accounts of what was offered still differ.
    let c = conflicts(&[
        ("Reuters", "The union said Andina Cobre has offered a one-off bonus of 14 million pesos."),
        ("Bloomberg", "The company said Andina Cobre has offered a one-off bonus of 19 million pesos."),
    ]);
    assert_eq!(c, vec!["numbers/sum-mismatch"]);
}

#[test]
fn a_hospital_named_with_its_source_counts_a_part() {
    let c = conflicts(&[(
        "AFP",
        "Military spokesman Colonel Andrei Halmek said 40 people were wounded in the strike on the school. \
         Medecins Sans Frontieres, which supports the district hospital in Ostrog, said it had received 31 \
         wounded patients overnight.",
    )]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn the_same_toll_as_well_is_corroboration() {
    let r = report(&[(
        "Tidewater",
        "The Marevian News Agency (MNA) said on Monday that the number of dead in the capsizing of the ferry was \
         11.\n\nCoast guard spokesman Dario Fenn put the toll from the capsizing of the ferry at 11 as well.",
    )]);
    let agree = finding_texts(&r, |k| k == Level::Agreement);
    assert!(
        agree.iter().any(|t| t.iter().any(|x| x.contains("was 11")) && t.iter().any(|x| x.contains("11 as well"))),
        "{agree:?}"
    );
}

#[test]
fn who_was_first_to_report_is_no_report_to_deny() {
    let text = "Secret Kaldoria-Vesnia talks in Malta? Reports pile up, Kaldoria says no meeting happened\n\nSenior officials from Kaldoria and Vesnia held secret talks in Malta this week aimed at reviving a long-stalled prisoner exchange, according to several European and Middle Eastern media outlets. Kaldoria's foreign ministry has rejected the reports out of hand.\n\nDer Spiegel was the first to report the contacts, writing on Wednesday that Kaldorian national security adviser Tomas Rehak and Vesnia's deputy foreign minister Aurelio Santangelo met for more than five hours at a government guest house outside Valletta on Sunday. The German magazine said Maltese diplomats had brokered the contact over several months.\n\nThe Guardian, citing two officials briefed on the discussions, also said the two men had met in Malta, but it reported that the meeting took place on Monday and lasted \"most of the day.\" According to the British newspaper, a second round is being considered for next month.";
    let r = report(&[("Meridian Press Review", text)]);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(!conflicts.iter().flatten().any(|t| t.contains("first to report")), "{conflicts:?}");
}

#[test]
fn the_allegation_is_the_one_told_last() {
    let r = report(&[(
        "PPA",
        "The opposition daily Glas Velmore reported on Sunday that deputy minister Radek Halas held a secret meeting \
         with the envoy. The ministry said the deputy minister was in Lindmark for a conference. The conference had \
         two hundred participants. Shepherds have campaigned for years for the crossing to reopen. Opposition leader \
         Tomas Vrana accused the government of negotiating away grazing rights in the valley. Ministry spokeswoman \
         Jana Brezik rejected the allegation outright.",
    )]);
    let rejected: Vec<Vec<String>> = finding_texts(&r, |k| k.is_conflict())
        .into_iter()
        .filter(|t| t.iter().any(|x| x.contains("rejected the allegation")))
        .collect();
    assert!(rejected.iter().any(|t| t.iter().any(|x| x.contains("grazing rights"))), "{rejected:?}");
    assert!(!rejected.iter().any(|t| t.iter().any(|x| x.contains("secret meeting"))), "{rejected:?}");
}

#[test]
fn considered_then_withheld_is_no_contradiction() {
    let c = conflicts(&[
        ("WSJ", "In recent weeks, Trump has even considered sending Tomahawk missiles to Ukraine."),
        ("WSJ", "Trump also informed Zelensky that Ukraine would not receive Tomahawk missiles in the near future."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_report_called_false() {
    // One article: the denial of "the reports" targets the reports it tells of.
    let c = conflicts(&[(
        "Newsmax",
        "Sanders was asked about a report in The Wall Street Journal that special counsel Robert Mueller's team has requested Trump's records from Deutsche Bank.\n\"We know that it hasn't happened up until this point. And that the reports out were totally false,\" Sanders said.",
    )]);
    assert_eq!(c, vec!["denial/report-called-false"]);
}

#[test]
fn a_negated_event_against_its_report() {
    let c = conflicts(&[
        (
            "KBS",
            "NHK has apologized for a false report that North Korea carried out another missile test-launch on Friday.",
        ),
        (
            "KBS",
            "According to China's Xinhua News Agency, the U.S. Defense Department confirmed that there was no new missile launch by the North.",
        ),
    ]);
    assert_eq!(c, vec!["polarity/negated-event"]);
}

/// The claims of the story's findings of one rule, by their words.
fn texts_of_rule(r: &contra::report::Report, rule: &str) -> Vec<Vec<String>> {
    let text_of = |id: &String| r.claims.iter().find(|c| &c.id == id).map_or(String::new(), |c| c.text.clone());
    r.findings.iter().filter(|f| f.rule == rule).map(|f| f.claims.iter().map(text_of).collect()).collect()
}

#[test]
fn no_such_meeting_denies_the_meeting_told_before_it() {
    let r = report(&[(
        "AP",
        "The two ministers last met in Vienna in May, the ministry said.\n\n\
         The daily Dnevni Glas reported on Wednesday that Defence Minister Aleksandar Kostic met opposition leader \
         Mirela Dovan for three hours on Sunday evening at a lakeside villa.\n\n\
         \"No such meeting took place,\" ministry spokeswoman Tanja Horvat said.",
    )]);
    let found = texts_of_rule(&r, "polarity/no-such-event");
    assert_eq!(found.len(), 1, "{:?}", r.findings);
    // What "such" stands for is the villa meeting, the last one told, not the one in Vienna.
    assert!(found[0].iter().any(|t| t.contains("at a lakeside villa")), "{found:?}");
    assert!(found[0].iter().all(|t| !t.contains("Vienna")), "{found:?}");
    assert!(found[0].iter().any(|t| t.contains("No such meeting took place")), "{found:?}");
}

#[test]
fn no_such_meeting_is_no_denial_of_a_meeting_that_was_only_due() {
    // A meeting that was due and did not happen is no report the spokesman denies.
    let r = report(&[(
        "AP",
        "The foreign ministers of Kasvenia and Solvaria were due to meet in Geneva on Friday.\n\n\
         \"No such meeting took place,\" a ministry spokesman said on Saturday.",
    )]);
    assert!(r.findings.iter().all(|f| !f.kind.is_conflict()), "{:?}", r.findings);
    // Told after the denial, the report is not what "such" points back to.
    let r = report(&[(
        "AP",
        "\"No such meeting took place,\" a ministry spokesman said on Saturday.\n\n\
         Dnevni Glas later reported that the minister met the opposition leader at a lakeside villa on Sunday.",
    )]);
    assert!(texts_of_rule(&r, "polarity/no-such-event").is_empty(), "{:?}", r.findings);
}

#[test]
fn opposite_stances_of_different_actors_are_consistent() {
    let c = conflicts(&[(
        "Axios",
        "Zelensky said on Tuesday that Ukraine had accepted Trump's proposal to end fighting along the front line, but stressed that Russia had rejected it.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[
        (
            "BTA",
            "Zelensky said on Tuesday that Ukraine has accepted Trump's proposal to end fighting along the front line.",
        ),
        ("Draft", "Ukraine rejected Trump's proposal to freeze the fighting along the current front line."),
    ]);
    // The same actor's stances conflict; as "freezing" the fighting is a way of ending it
    // (WordNet), the two claims are also one scene told with accepted/rejected.
    assert_eq!(c, vec!["opposed/strong-opposites", "stance/accept-vs-reject"]);
}

#[test]
fn tone_of_one_conversation_not_of_another_meeting() {
    let c = conflicts(&[
        (
            "Politico",
            "Secretary of State Rubio and Foreign Minister Lavrov had a productive conversation, a White House representative said.",
        ),
        (
            "Politico",
            "Lavrov said he was surprised by CNN's report of a disagreement between Lavrov and Rubio during the conversation.",
        ),
    ]);
    assert_eq!(c, vec!["tone/conversation-tone"]);
    let c = conflicts(&[
        ("Politico", "Secretary of State Rubio and Foreign Minister Lavrov had a productive conversation."),
        ("FT", "The meeting between Trump and Zelensky was tense, at times escalating into an argument."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn dates_of_the_event_not_of_the_statement() {
    let c = conflicts(&[
        ("Politico", "Rubio spoke with Lavrov by phone on Monday."),
        ("Axios", "Rubio and Lavrov spoke by phone on Tuesday."),
    ]);
    assert_eq!(c, vec!["time/event-date-mismatch"]);
    let c = conflicts(&[
        ("Politico", "Rubio spoke with Lavrov by phone on Monday."),
        ("Axios", "Zelensky said on Tuesday that Rubio and Lavrov spoke by phone."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn one_speaker_relayed_twice_is_one_source() {
    let f = findings(&[
        ("BTA", "Zelensky said that Ukraine has accepted Trump's proposal to end fighting along the front line."),
        ("Axios", "Zelensky said that Ukraine had accepted Trump's proposal to end fighting along the front line."),
    ]);
    assert!(!has(&f, "agreement/same-proposition"), "{f:?}");
}

#[test]
fn accepted_and_rejected_are_never_one_proposition() {
    // The spokesman's frame ("stressed on state television that") once went unread, and
    // "the opposition rejected" was taken for the attribution: the overlapping words then
    // made the two claims "the same thing".
    let found = findings(&[
        (
            "Reuters",
            "Jansen stressed on state television that the opposition rejected the results of the election in Romania.",
        ),
        ("Bloomberg", "The opposition accepted the results of the election in Romania."),
    ]);
    assert!(!has(&found, "agreement/same-proposition"), "{found:?}");
    assert!(has(&found, "opposed/strong-opposites"), "{found:?}");
}

#[test]
fn counts_of_attacks_at_different_places_are_not_compared() {
    let c = conflicts(&[
        ("AFP", "\"156 people were injured in the attack on the base near Lorovo\", Tanaka told journalists."),
        (
            "Bloomberg",
            "\"Up to 145 people were injured in the attack on the base near Braenza\", Barzani told journalists.",
        ),
    ]);
    assert!(c.is_empty(), "{c:?}");
    // The same place: one event, two counts.
    let c = conflicts(&[
        ("AFP", "\"156 people were injured in the attack on the base near Lorovo\", Tanaka told journalists."),
        (
            "Bloomberg",
            "\"Up to 145 people were injured in the attack on the base near Lorovo\", Barzani told journalists.",
        ),
    ]);
    assert_eq!(c, vec!["numbers/injury-count-mismatch"]);
}

#[test]
fn more_than_one_less_is_the_same_count() {
    let c = conflicts(&[
        ("AP", "About 18 people were injured in the attack on the base near Denera, police said."),
        ("TASS", "More than 17 people were injured in the attack on the base near Denera, police said."),
    ]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn counts_since_different_years_are_not_compared() {
    // A running total counts from its start: "since 2007" and "since 2019" are two measures.
    let c = conflicts(&[
        ("AFP", "13 journalists have been detained in Brazil since 2007, the union said."),
        ("Reuters", "27 journalists have been detained in Brazil since 2019, a rights group said."),
    ]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[
        ("AFP", "13 journalists have been detained in Brazil since 2007, the union said."),
        ("Reuters", "27 journalists have been detained in Brazil since 2007, a rights group said."),
    ]);
    assert_eq!(c, vec!["numbers/figure-mismatch"]);
}

#[test]
fn talks_between_other_parties_are_another_event() {
    let c = conflicts(&[
        ("AFP", "The delegations of Germany and Mexico negotiated for 4 hours, a German official said."),
        ("Reuters", "The delegations of Germany and Italy negotiated for 5 hours, officials said."),
    ]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[
        ("AFP", "The delegations of Germany and Mexico negotiated for 4 hours, a German official said."),
        ("Reuters", "The delegations of Germany and Mexico negotiated for 7 hours, officials said."),
    ]);
    assert_eq!(c, vec!["numbers/duration-mismatch"]);
}

#[test]
fn a_claim_naming_no_place_is_where_its_report_is() {
    // "near the parliament" names no town: each report's other claims place it.
    let tbilisi = "Thousands protested in Tbilisi on Monday against the new law. \
                   95 police officers were injured in clashes near the parliament, the interior ministry said.";
    let belgrade = "Thousands protested in Belgrade on Monday against the election results. \
                    120 police officers were injured in clashes near the parliament, police said.";
    let c = conflicts(&[("AFP", tbilisi), ("Reuters", belgrade)]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[("AFP", tbilisi), ("Reuters", &belgrade.replace("Belgrade", "Tbilisi"))]);
    assert_eq!(c, vec!["numbers/injury-count-mismatch"]);
}

#[test]
fn a_toll_that_rose_between_two_days_is_no_discrepancy() {
    // Published 2025-10-22 (a Wednesday): Monday's count is lower than today's.
    let c = conflicts(&[(
        "Reuters",
        "On Monday, the disaster agency said 40 people had been killed in the floods. \
         On Wednesday, the death toll from the floods rose to 63, the governor said.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // The same two counts given for the same day are two sources at odds.
    let c = conflicts(&[(
        "Reuters",
        "The disaster agency said 40 people had been killed in the floods. \
         The death toll from the floods was 63, the governor said.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_part_of_a_toll_is_no_rival_total() {
    let c = conflicts(&[(
        "AFP",
        "Officials said 14 people were killed in the attack on the village. \
         The army said five of its soldiers were killed in the attack on the village.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "AFP",
        "Officials said 63 people were killed in the floods. \
         A hospital spokesman said the hospital alone had received 19 people killed in the floods.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // Unmarked, a group's figure well below a count of anyone is a part of it: the army
    // counts its own dead among a bombing's.
    let c = conflicts(&[(
        "Reuters",
        "\"At least 14 people were killed, most of them women selling vegetables,\" a police officer said. \
         The army said two soldiers were killed and five wounded at the checkpoint near the market.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // Close to the count, or above it, the group's figure is a rival estimate of the toll.
    for soldiers in ["12", "20"] {
        let c = conflicts(&[(
            "AFP",
            &format!(
                "Officials said 14 people were killed in the attack on the village. \
                 The army said {soldiers} soldiers were killed in the attack on the village."
            ),
        )]);
        assert!(!c.is_empty(), "{soldiers} soldiers against 14 people are compared");
    }
}

#[test]
fn a_count_since_replaced_in_its_own_sentence_is_no_rival() {
    // One sentence, two figures: the first one the source gave, then its revision.
    let found = report(&[(
        "dpa",
        "The fire service initially put the death toll at 27, but revised the figure to 23 on Friday.",
    )]);
    assert!(found.findings.iter().all(|f| !f.kind.is_conflict()), "{:?}", found.findings);
    // A story's own correction note withdraws the figure it gave.
    let found = report(&[(
        "AP",
        "The Red Cross said on Monday that seventeen people had lost their lives in the crash. \
         An earlier version of this story incorrectly reported that 19 people had died in the crash.",
    )]);
    assert!(found.findings.iter().all(|f| !f.kind.is_conflict()), "{:?}", found.findings);
    // Without the revision, the two figures of one sentence are at odds.
    let found = report(&[(
        "dpa",
        "The fire service put the death toll at 27, but the police put the death toll at 23 on Friday.",
    )]);
    assert!(found.findings.iter().any(|f| f.kind.is_conflict()), "{:?}", found.findings);
}

#[test]
fn a_disaster_named_by_its_year_is_another_event() {
    let c = conflicts(&[(
        "dpa",
        "\"We have recovered 23 bodies,\" the deputy director of the fire service said. \
         The 2013 collapse of the Rana Plaza building near Dhaka killed more than 1,100 people.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // Undated, the other toll is read as this one's.
    let c = conflicts(&[(
        "dpa",
        "\"We have recovered 23 bodies,\" the deputy director of the fire service said. \
         The collapse of the Rana Plaza building near Dhaka killed more than 1,100 people.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_count_within_another_sources_bound_agrees_with_it() {
    // "at least 40" holds when 47 died; two floors far apart are still two reports.
    let c = conflicts(&[
        ("AFP", "At least 40 people were killed in the floods in the province, officials said."),
        ("Reuters", "Local television reported that 47 people were killed in the floods in the province."),
    ]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[
        ("AFP", "At least 40 people were killed in the floods in the province, officials said."),
        ("Reuters", "Local television reported that at least 70 people were killed in the floods in the province."),
    ]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_toll_of_another_year_or_one_that_has_risen_since_is_no_rival() {
    // A past disaster named by its year is another event.
    let c = conflicts(&[(
        "Reuters",
        "The death toll from the floods was 63, the governor said. \
         The floods are the deadliest since 2009, when 38 people were killed along the river.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // "has risen to" gives the toll as it stands on the day of the report.
    let c = conflicts(&[(
        "Reuters",
        "On Monday, the disaster agency said 40 people had been killed in the floods. \
         The death toll from the floods has risen to 63, the governor said.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // Without the year, or without the rise, the counts are two sources at odds.
    let c = conflicts(&[(
        "Reuters",
        "On Monday, the disaster agency said 40 people had been killed in the floods. \
         The death toll from the floods is 63, the governor said.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_report_retelling_its_own_quote_is_one_source() {
    let agreements = |docs: &[(&str, &str)]| {
        findings(docs).into_iter().filter(|(_, k)| *k == Level::Agreement).map(|(r, _)| r).collect::<Vec<_>>()
    };
    // The report's own words and the quote they retell are one source.
    let found = agreements(&[(
        "AFP",
        "The bridge over the river will reopen to traffic on Monday after repairs. \
         \"The bridge over the river will reopen to traffic on Monday after repairs,\" the mayor said.",
    )]);
    assert!(found.is_empty(), "{found:?}");
    // Two outlets saying it are two.
    let found = agreements(&[
        ("AFP", "The bridge over the river will reopen to traffic on Monday after repairs, the mayor said."),
        ("Reuters", "The bridge over the river will reopen to traffic on Monday after repairs, a city engineer said."),
    ]);
    assert_eq!(found, vec!["agreement/same-proposition"]);
}

#[test]
fn each_sides_losses_are_counted_apart() {
    // "25 Karsenian troops" and "40 Dravolan soldiers" are the losses of two armies.
    let c = conflicts(&[(
        "AFP",
        "The general staff said its troops had killed 40 Dravolan soldiers in the clash at the pass. \
         The ministry said its forces had killed 25 Karsenian troops in the clash at the pass.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // The same side's losses told two ways are compared.
    let c = conflicts(&[(
        "AFP",
        "The general staff said its troops had killed 40 Dravolan soldiers in the clash at the pass. \
         The Dravolan ministry said two Dravolan soldiers had died in the clash at the pass.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
    // A figure whose noun is left out counts the group named before it: the soldiers'
    // wounded are no rival of the civilians wounded.
    let c = conflicts(&[(
        "AFP",
        "The army said three soldiers had been killed in the clash and 11 wounded. \
         A local official said four civilians had been wounded in the clash.",
    )]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn counts_of_other_things_are_not_compared() {
    // Hostages freed and prisoners freed are two groups of one exchange.
    let c = conflicts(&[(
        "Reuters",
        "The ministry said the rebels released 18 hostages in the exchange on Sunday. \
         A rights group said more than 230 prisoners had been freed in the exchange on Sunday.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "The ministry said the rebels released 18 hostages in the exchange on Sunday. \
         A rebel commander said 24 hostages had been freed in the exchange on Sunday.",
    )]);
    assert_eq!(c, vec!["numbers/figure-mismatch"]);
    // Homes destroyed are not all homes destroyed or damaged, and the people who fled
    // their houses are not houses.
    let c = conflicts(&[(
        "Reuters",
        "The Red Cross said about 1,300 houses had been destroyed by the earthquake. \
         The housing ministry put the number of homes destroyed or damaged by the earthquake at some 5,100.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "The fire has destroyed 86 homes and forced about 9,000 people to leave their houses, the agency said. \
         The mayor said the fire has destroyed more than 150 homes.",
    )]);
    assert_eq!(c, vec!["numbers/figure-mismatch"], "only the homes are compared");
    // A magnitude is no count of the dead.
    let c = conflicts(&[(
        "Reuters",
        "The death toll from the magnitude 6.4 earthquake rose to 87, the agency said. \
         The health ministry said 87 deaths had been registered.",
    )]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn counts_the_text_dates_to_two_days_are_two_counts() {
    // The missing are found: 140 on Monday, 96 on Tuesday is a count that moved.
    let c = conflicts(&[(
        "Reuters",
        "On Monday evening the agency said 140 people were missing after the earthquake. \
         On Tuesday the agency said 96 people were still missing after the earthquake.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "On Tuesday the agency said 140 people were missing after the earthquake. \
         On Tuesday the Red Cross said 96 people were still missing after the earthquake.",
    )]);
    assert_eq!(c, vec!["numbers/figure-mismatch"]);
}

#[test]
fn a_vague_plural_or_an_added_figure_is_no_rival_count() {
    // "dozens" holds when at least 30 are missing; "a further 3,800" adds to a count.
    let c = conflicts(&[(
        "Reuters",
        "Dozens of people were still missing after the earthquake, the agency said. \
         The mayor said at least 30 people were still missing after the earthquake.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "The housing ministry said 1,312 homes had been destroyed by the earthquake. \
         The Red Cross said about 1,300 houses had been destroyed and a further 3,800 damaged by the earthquake.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "Dozens of people were still missing after the earthquake, the agency said. \
         The mayor said 12 people were still missing after the earthquake.",
    )]);
    assert_eq!(c, vec!["numbers/figure-mismatch"], "twelve is not dozens");
}

#[test]
fn regret_is_no_denial() {
    let c = conflicts(&[(
        "Reuters",
        "The fire service said the blast happened shortly after 11 p.m. at the plant. \
         \"This blast at the plant should never have happened,\" the union leader said.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "The fire service said the blast happened shortly after 11 p.m. at the plant. \
         The company said the blast at the plant never happened.",
    )]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
}

#[test]
fn claims_of_another_tone_or_another_date_are_never_one_point() {
    // The same call told as constructive and as a row is contested, never corroborated.
    let found = findings(&[(
        "Reuters",
        "The government said the call between the two leaders on Tuesday was constructive. \
         The presidential office said there had been sharp disagreements during the call on Tuesday.",
    )]);
    assert!(!found.iter().any(|(_, level)| *level == Level::Agreement), "{found:?}");
    let found = findings(&[
        ("Kurier", "The newspaper reported that the two leaders would meet in Vessel on June 12."),
        ("Nordpost", "The business daily reported that the two leaders would meet in Vessel on June 14."),
    ]);
    assert!(!found.iter().any(|(_, level)| *level == Level::Agreement), "{found:?}");
    // The same date from two outlets is corroboration.
    let found = findings(&[
        ("Kurier", "The newspaper reported that the two leaders would meet in Vessel on June 12."),
        ("Nordpost", "The business daily reported that the two leaders would meet in Vessel on June 12."),
    ]);
    assert!(found.iter().any(|(_, level)| *level == Level::Agreement), "{found:?}");
}

#[test]
fn a_denial_of_the_report_is_not_of_the_storys_background() {
    let text = "The ministry said on Tuesday that the report of arms sales to the neighbour was completely false. \
         The Herald reported on Monday that the arms maker shipped 40,000 shells to the neighbour. \
         The Herald said it stood by its reporting. \
         Opposition lawmakers called for an inquiry into the sales. \
         The ministry has faced questions over exports before. \
         The neighbour's army has grown since the war. \
         The arms maker reportedly earned record revenue of 1.2 billion euros last year.";
    let report = report(&[("Reuters", text)]);
    let denials: Vec<_> = report.findings.iter().filter(|f| f.rule == "denial/report-called-false").collect();
    assert_eq!(denials.len(), 1, "{:?}", report.findings);
    // The report told right after the denial is what it denies; the revenue told five
    // sentences on is background.
    let text_of = |id: &String| report.claims.iter().find(|c| &c.id == id).map_or("", |c| c.text.as_str());
    let texts: Vec<&str> = denials[0].claims.iter().map(text_of).collect();
    assert!(texts.iter().any(|t| t.contains("shipped 40,000 shells")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("record revenue")), "{texts:?}");
}

#[test]
fn a_claim_sharing_only_a_name_with_a_denial_is_not_what_it_denies() {
    // The lawyer says where the banker lives now; the embassy calls false a report that
    // its staff helped him leave. "Drosk" and "the Droskan embassy" name one country, and
    // nothing else is shared.
    let text = "The Droskan embassy in Telmar has dismissed as \"fake news\" a newspaper report that its staff \
         helped a fugitive banker to leave the country. \
         The banker's lawyer, Ida Renk, told the BBC her client left Telmar in May. \
         She said he travelled on a valid Droskan passport and was now living in Drosk.";
    let report = report(&[("BBC", text)]);
    let denied = finding_texts(&report, |k| k.is_conflict()).concat();
    assert!(!denied.iter().any(|t| t.contains("living in Drosk")), "{denied:?}");
}

#[test]
fn what_a_figure_included_is_a_part_of_it() {
    // The three patients are part of the director's nine: only the nine meets the army's four.
    let text = "The army said four people died in the shelling. \
         Hospital director Ana Berk said nine people were killed when shells hit the surgical wing. \
         She said the higher figure included three patients who died of their injuries overnight.";
    let report = report(&[("Reuters", text)]);
    let sides = finding_texts(&report, |k| k.is_conflict());
    assert!(sides.iter().any(|s| s.iter().any(|t| t.contains("nine people"))), "{sides:?}");
    assert!(!sides.concat().iter().any(|t| t.contains("included three")), "{sides:?}");
}

#[test]
fn an_age_limit_and_a_disaster_years_ago_are_no_rival_counts() {
    let text = "The disaster agency said 24 people had been confirmed dead in the flood. \
         Eleven of the victims were children under the age of 12, a spokesman said. \
         A capsizing on the same stretch of the river six years ago killed 46 people, according to records.";
    assert!(conflicts(&[("Reuters", text)]).is_empty());
    // A toll of the same disaster told against it is still compared.
    let text = "The disaster agency said 24 people had been confirmed dead in the flood. \
         The provincial health office, however, said 31 bodies had been received at hospitals.";
    assert!(conflicts(&[("Reuters", text)]).contains(&"numbers/death-toll-mismatch".to_string()));
}

#[test]
fn a_count_at_one_hospital_is_a_part_that_only_a_smaller_total_contradicts() {
    let morgue = "A doctor at the central hospital said its morgue had received 17 bodies since Saturday. ";
    let text = format!("{morgue}The rights group said on Monday that at least 19 protesters had been killed.");
    assert!(conflicts(&[("The Guardian", &text)]).is_empty());
    let text = format!("{morgue}\"There were four deaths,\" the government spokesman told state radio.");
    assert_eq!(conflicts(&[("The Guardian", &text)]), vec!["numbers/death-toll-mismatch"]);
    // Bodies received at hospitals, in the plural, are a count across places.
    let text = "The disaster agency said 24 people had been confirmed dead. \
         The health office said 31 bodies had been received at hospitals and health centers.";
    assert_eq!(conflicts(&[("Reuters", text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn dead_who_also_died_are_added_to_a_toll_not_its_rival() {
    let text = "The interior ministry said four people had died in the protests. \
         The rights group said two police officers had also died in the unrest.";
    assert!(conflicts(&[("The Guardian", text)]).is_empty());
    let text = "The interior ministry said four people had died in the protests. \
         The rights group said two police officers had died in the unrest.";
    assert!(!conflicts(&[("The Guardian", text)]).is_empty());
}

#[test]
fn a_correction_note_and_a_count_its_sentence_says_has_grown_are_no_rival_figures() {
    let text = "The mining agency said on Wednesday that 13 bodies had been brought to the surface. \
         The union said its own count also stood at 13 dead.\n\n\
         Correction 5 November 2025: An earlier version of this article said 31 miners were underground. \
         The mining agency's figure is 21.";
    assert!(conflicts(&[("BBC", text)]).is_empty());
    let text = "The union said its count stood at 13 dead. \
         On Tuesday the agency had reported seven deaths, but the toll rose as rescuers reached deeper galleries.";
    assert!(conflicts(&[("BBC", text)]).is_empty());
    // Without the words that say it grew (or a pluperfect), seven against 13 is a discrepancy.
    let text = "The union said its count stood at 13 dead. On Tuesday the agency reported seven deaths.";
    assert_eq!(conflicts(&[("BBC", text)]), vec!["numbers/death-toll-mismatch"]);
    // A wire correction line needs no colon.
    let text = "The interior ministry said the toll stands at nine dead.\n\n\
         (Corrects seventh paragraph to say The National Courier reported 31 dead, not 31 wounded, on Tuesday.)";
    assert!(conflicts(&[("AFP", text)]).is_empty());
}

#[test]
fn two_counts_both_since_replaced_are_no_rivals() {
    // Each source has since raised its count: their first figures are no one's count now.
    let text = "On Tuesday night the police had reported two deaths. \
         The rights group had initially said on Tuesday evening that eight people were killed.";
    assert!(conflicts(&[("Atlas Wire", text)]).is_empty());
    let text = "On Tuesday night the police reported two deaths. \
         The rights group said on Tuesday evening that eight people were killed.";
    assert_eq!(conflicts(&[("Atlas Wire", text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_first_communique_a_later_statement_replaced_is_no_rival() {
    let text = "The army general staff said on Sunday night that 11 soldiers were killed and 17 others wounded. \
         An initial army communique issued on Sunday morning had spoken of eight soldiers killed.";
    assert!(conflicts(&[("Atlas Wire", text)]).is_empty());
    let text = "The army general staff said on Sunday night that 11 soldiers were killed and 17 others wounded. \
         The defence ministry spoke of eight soldiers killed.";
    assert_eq!(conflicts(&[("Atlas Wire", text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_running_total_since_a_month_holds_one_events_toll() {
    let text = "Home Ministry spokesperson Ram Prasad Thapa said 34 bodies had been recovered from the landslide. \
         Monsoon rains since mid-June have killed more than 80 people across the country, the disaster authority said.";
    assert!(conflicts(&[("AP", text)]).is_empty());
    // Bodies recovered since the morning of the disaster are its toll, and are compared.
    let text = "The police superintendent said 27 people had been confirmed dead. \
         The fire service said its teams had recovered 34 bodies since Sunday morning.";
    assert_eq!(conflicts(&[("AP", text)]), vec!["numbers/death-toll-mismatch"]);
    // A report the story tells in the pluperfect is one it has moved on from.
    let text = "The Red Cross said more than 25 people had been killed. \
         The ministry had reported 21 deaths on Monday and 28 on Tuesday.";
    assert!(conflicts(&[("AP", text)]).is_empty());
}

#[test]
fn a_report_of_plans_called_incorrect_is_denied() {
    let text = "Financial news website Moneycontrol reported on Monday, citing three people familiar with the matter, \
         that Vireon plans to cut about 4,000 jobs by the end of March. \
         \"The report is speculative and factually incorrect,\" the company said in a filing.";
    let report = report(&[("Business Standard", text)]);
    let denials: Vec<_> = report.findings.iter().filter(|f| f.rule == "denial/report-called-false").collect();
    assert_eq!(denials.len(), 1, "{:?}", report.findings);
    let text_of = |id: &String| report.claims.iter().find(|c| &c.id == id).map_or("", |c| c.text.as_str());
    let texts: Vec<&str> = denials[0].claims.iter().map(text_of).collect();
    assert!(texts.iter().any(|t| t.contains("plans to cut about 4,000 jobs")), "{texts:?}");
    // A plan nobody reported is not what "the report" denies.
    let text = "Vireon plans to cut about 4,000 jobs by the end of March. \
         \"The report is speculative and factually incorrect,\" the company said of a story about its offices.";
    assert!(conflicts(&[("Business Standard", text)]).is_empty());
}

#[test]
fn troops_withdrawn_talks_held_and_a_date_agreed_are_denied_alike() {
    // "withdrawn" tells of troops as often as of a story taken back.
    let c = conflicts(&[(
        "Reuters",
        "The defence minister said troops had withdrawn from the border. \
         Hours later, the army chief said troops had not withdrawn from the border.",
    )]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
    // "no such talks" refers back to the talks; "no agreement" is the noun of "agreed".
    let c = conflicts(&[(
        "Reuters",
        "The foreign ministry said talks with the neighbour took place in Geneva last week. \
         The neighbour's spokesman said no such talks took place.",
    )]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
    let c = conflicts(&[(
        "Reuters",
        "The deputy minister said both sides agreed on the date of the next round. \
         The spokesman said there was no agreement on the date of the next round.",
    )]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
}

#[test]
fn the_dead_of_different_groups_are_not_rival_tolls() {
    let c = conflicts(&[(
        "AFP",
        "The army said four soldiers were killed in the attack on the town. \
         A local official said two local police officers had also been killed in the attack on the town. \
         The mayor said about a dozen of the assailants had been killed in the attack on the town.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // A vague headline total and a sum the text marks as one hold their groups.
    let c = conflicts(&[(
        "AFP",
        "Dozens dead as gunmen storm the town. \
         The army said four soldiers were killed in the attack on the town. \
         The governor said 22 people in total died in the attack on the town, a figure that includes the attackers.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // "Dozens" is said loosely: of 22 dead, but not of five.
    let c = conflicts(&[(
        "AFP",
        "Dozens dead as gunmen storm the town. \
         The governor said 22 people died in the attack on the town.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "AFP",
        "Dozens dead as gunmen storm the town. \
         The governor said five people died in the attack on the town.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
    // "five wounded" after "two soldiers were killed" are soldiers: a part of the hospital's 38.
    let c = conflicts(&[(
        "Reuters",
        "A doctor at the general hospital said staff had treated 38 wounded people after the attack on the town. \
         The army said two soldiers were killed and five wounded at the checkpoint in the attack on the town.",
    )]);
    assert!(!c.contains(&"numbers/injury-count-mismatch".to_string()), "{c:?}");
    // Injured police officers are not the injured protesters a hospital or a rights group
    // counts; the hospital's and the group's counts of protesters and civilians agree.
    let r = report(&[(
        "AFP",
        "Baran said 47 police officers were injured in the unrest. \
         Doctors at the hospital said they had received more than 60 wounded protesters. \
         The rights group put the number of injured civilians at \"over 60\".",
    )]);
    assert!(
        r.findings.iter().all(|f| !f.kind.is_conflict()),
        "{:?}",
        texts_of_rule(&r, "numbers/injury-count-mismatch")
    );
    assert_eq!(texts_of_rule(&r, "agreement/same-figure").len(), 1);
    // One group counted two ways is a discrepancy.
    let c = conflicts(&[(
        "AFP",
        "The army said six civilians were killed in the attack on the town. \
         A rights group said at least 18 civilians were killed in the attack on the town.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_count_since_replaced_is_no_rival() {
    let c = conflicts(&[(
        "Reuters",
        "In a first statement issued at around 8 a.m., police said nine people had died in the crash. \
         The governor said 23 people had been killed in the crash.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "Police said nine people had died in the crash. \
         The governor said 23 people had been killed in the crash.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_headline_figure_is_the_count_on_the_day_of_the_report() {
    // Monday's 37 grew into the headline's figure by the day of the report.
    let c = conflicts(&[(
        "Reuters",
        "Cholera outbreak spreads to four districts, deaths near 60\n\n\
         The ministry said on Monday that it had registered 37 deaths from cholera.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // A count higher on Monday than the headline's is no toll that grew.
    let c = conflicts(&[(
        "Reuters",
        "Cholera outbreak spreads to four districts, deaths near 60\n\n\
         An aid group said on Monday that 71 people had died from cholera.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_toll_told_for_an_earlier_month_is_another_event() {
    // "In September" is more than 30 days before a story of October 22 at its start,
    // though its last day is not.
    let c = conflicts(&[(
        "AFP",
        "A local official said at least 30 soldiers were killed in the attack on the post. \
         In September, an ambush near the border killed 22 soldiers.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "AFP",
        "A local official said at least 30 soldiers were killed in the attack on the post. \
         The army said 22 soldiers were killed in the attack on the post.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_toll_including_another_group_is_no_rival_of_one_group() {
    let sum = "A local official told AFP that \"at least 38 people\" had died, including eight civilians.";
    let group = "A security source said around thirty soldiers were killed in the attack.";
    assert!(conflicts(&[("AFP", sum), ("AFP", group)]).is_empty());
    let plain = "A local official told AFP that at least 38 people had died in the attack.";
    assert_eq!(conflicts(&[("AFP", plain), ("AFP", group)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_count_since_a_day_stands_as_of_the_report() {
    // Published on Wednesday: 23 bodies since Monday morning is Monday's 17 and more.
    let c = conflicts(&[(
        "Reuters",
        "On Monday the coast guard said 17 bodies had been recovered. \
         The hospital director said the morgue had received 23 bodies since Monday morning.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    let c = conflicts(&[(
        "Reuters",
        "On Monday the coast guard said 17 bodies had been recovered. \
         The hospital director said the morgue had received 23 bodies on Monday.",
    )]);
    assert_eq!(c, vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn an_accusation_rejected_is_the_one_its_sentence_tells() {
    // "an accusation" is a new one: not the report about troops told before it.
    let c = conflicts(&[(
        "Reuters",
        "A report said troops had been sent to the northern border. \
         The opposition accused the police of beating protesters, an accusation the police rejected as unfounded.",
    )]);
    assert!(c.is_empty(), "{c:?}");
    // "the allegation" refers back to what was alleged.
    let c = conflicts(&[(
        "Reuters",
        "An opposition lawmaker alleged that the police had beaten protesters. \
         The police rejected the allegation as unfounded.",
    )]);
    assert_eq!(c, vec!["denial/accusation-dismissed"]);
}

#[test]
fn a_denied_report_meets_its_denials_not_a_statement_of_another_figure() {
    let r = report(&[(
        "AFP",
        "The miner Kelvin Minerals on Tuesday dismissed as \"fabricated\" an investigative report alleging that it paid \
         $12 million to a company owned by the brother-in-law of the army chief.\n\n\
         \"There is no truth whatsoever in these allegations,\" chief executive Markus Brandt said in a statement.\n\n\
         Brandt said the only payment linked to the licence was a $1.2 million signing fee transferred to the treasury.",
    )]);
    let found = texts_of_rule(&r, "denial/report-called-false");
    assert_eq!(found.len(), 1, "{found:?}");
    let texts = found[0].join(" | ");
    // The report's words are the report's, not the miner's who dismissed them.
    assert!(texts.contains("it paid $12 million"), "{texts}");
    assert!(texts.contains("There is no truth whatsoever in these allegations"), "{texts}");
    // A fee of $1.2 million does not affirm a payment of $12 million.
    assert!(!texts.contains("signing fee"), "{texts}");
    let paid = r.claims.iter().find(|c| c.text.starts_with("it paid $12 million")).expect("the report's claim");
    assert_eq!(paid.speaker(), Some("an investigative report"));
}

#[test]
fn a_confirmation_right_after_a_report_corroborates_it() {
    // dev06: unnamed sources tell the paper, the agency's press office confirms.
    let sega = "According to unnamed sources, a total of 700,000 leva were distributed in bonuses \"for achieved \
                results\" for the period of July, August and September. The press office of the Registry Agency \
                confirmed the payment of bonuses to staff members but declined to disclose any figures.";
    let r = report(&[("Sega", sega)]);
    let agreed = finding_texts(&r, |k| k == Level::Agreement);
    assert!(
        agreed.iter().any(|texts| texts.iter().any(|t| t.contains("700,000 leva"))
            && texts.iter().any(|t| t.contains("confirmed the payment of bonuses"))),
        "{agreed:?}"
    );
}

#[test]
fn declining_to_confirm_or_confirming_another_figure_corroborates_nothing() {
    let declined = "According to unnamed sources, a total of 700,000 leva were distributed in bonuses. The press \
                    office of the Registry Agency declined to confirm the payment of bonuses to staff members.";
    let found = findings(&[("Sega", declined)]);
    assert!(!has(&found, "agreement/report-confirmed"), "{found:?}");
    let other_figure = "According to local media, 40 workers were laid off at the plant. The company confirmed that \
                        25 workers were laid off at the plant.";
    let found = findings(&[("Wire", other_figure)]);
    assert!(!has(&found, "agreement/report-confirmed"), "{found:?}");
    // A source confirming its own words corroborates nothing either.
    let own = "The ministry said 40 workers were laid off at the plant. The ministry later confirmed that the \
               workers were laid off.";
    let found = findings(&[("Wire", own)]);
    assert!(!has(&found, "agreement/report-confirmed"), "{found:?}");
}

#[test]
fn sums_of_different_things_in_one_story_are_no_discrepancy() {
    // A contract's value, a first payment and an arbitration claim: three sums, one story.
    let story = "The daily reported on Monday that the ministry had agreed to settle the dispute over the \
                 cancelled motorway contract. According to the paper, a first payment of 120 million euros was \
                 due by the end of June. The company said its claim of 520 million euros for lost revenue \
                 remained before an arbitration tribunal. The A7 contract, worth 1.1 billion euros, was cancelled \
                 by the previous government in 2021.";
    let found = findings(&[("AFP", story)]);
    assert!(!has(&found, "numbers/sum-mismatch"), "{found:?}");
    // Two papers on the worth of one contract, in one press review, still disagree.
    let review = "The Herald reports that the road maintenance contract awarded to Corvex is worth 18 million \
                  euros. The Courier writes that the road maintenance contract awarded to Corvex is worth 11.4 \
                  million euros.";
    let found = findings(&[("BTA", review)]);
    assert!(has(&found, "numbers/sum-mismatch"), "{found:?}");
}

#[test]
fn failed_and_passed_an_inspection_are_not_the_same_thing() {
    let story = "The Kardenian Chemical Workers' Union said the plant had failed a safety inspection in June. \
                 Solvex rejected the union's account, saying the plant passed its most recent safety inspection \
                 in June \"without any serious findings\".";
    let found = findings(&[("BBC", story)]);
    assert!(!has(&found, "agreement/same-proposition"), "{found:?}");
}

#[test]
fn two_dates_for_one_hearing_to_come_are_a_mismatch_but_a_meeting_held_is_not_one_to_come() {
    let hearing = "The federation's lawyer, Eleni Markou, said the court hearing on the Port Ansel strike is set for \
                   Oct. 9. Ansel Terminals said in its statement that the court hearing on the Port Ansel strike \
                   would take place on Oct. 16.";
    assert_eq!(conflicts(&[("AP", hearing)]), vec!["time/event-date-mismatch"]);
    // Published 2025-10-22: a meeting held on Oct. 16 and one to come on Oct. 30.
    let meetings = "Rubio met Lavrov in Geneva on Oct. 16, the State Department said. The Kremlin said Rubio and \
                    Lavrov would meet again on Oct. 30.";
    assert!(conflicts(&[("AP", meetings)]).is_empty());
}

#[test]
fn strike_turnout_told_two_ways_is_a_discrepancy_but_a_part_of_the_whole_is_not() {
    let story = "The Seravian Dockworkers' Federation said 2,300 of the port's 2,600 dockworkers walked out on \
                 Monday. Ansel Terminals Group said fewer than 900 employees stopped work on Monday. The federation \
                 is demanding a 12 percent pay rise. Ansel Terminals said it had offered a 4.5 percent increase.";
    let r = report(&[("AP", story)]);
    let contested = finding_texts(&r, |k| k.is_conflict());
    assert_eq!(contested.len(), 1, "{contested:?}");
    assert!(contested[0].iter().any(|t| t.contains("2,300 of the port's")), "{contested:?}");
    assert!(contested[0].iter().any(|t| t.contains("fewer than 900")), "{contested:?}");
    // The whole workforce is no count of who walked out: 2,600 against "2,600 stopped work".
    let whole = "The federation said 2,300 of the port's 2,600 dockworkers walked out on Monday. The company \
                 said 2,300 employees stopped work on Monday.";
    assert!(conflicts(&[("AP", whole)]).is_empty());
}

#[test]
fn job_cuts_told_two_ways_are_a_discrepancy_but_a_paper_correcting_itself_is_not() {
    let story = "The business daily Financial Chronicle on Tuesday corrected a report that the utility Vestra plans \
                 to cut 4,500 jobs, saying the correct figure is 450.\n\nThe news portal Danas24 still reported on its \
                 homepage that Vestra \"will lay off 4,500 workers\".\n\nVestra spokeswoman Ivana Horvat said the \
                 company planned to reduce its headcount by 450 positions. The utility employs 11,200 workers.";
    let r = report(&[("Adriatic Times", story)]);
    let contested = finding_texts(&r, |k| k.is_conflict());
    assert_eq!(contested.len(), 1, "{contested:?}");
    assert!(contested[0].iter().any(|t| t.contains("will lay off 4,500 workers")), "{contested:?}");
    assert!(contested[0].iter().any(|t| t.contains("450 positions")), "{contested:?}");
    assert!(!contested[0].iter().any(|t| t.contains("corrected a report")), "{contested:?}");
}

#[test]
fn missing_counts_of_one_day_differ_but_a_part_of_them_does_not() {
    let story = "On Monday, civil protection chief Darko Juric said two bodies had been recovered and that five \
                 people, all of them employees of the plant, were still missing.\n\nSolvex said in a separate \
                 statement on Monday that only three of its employees remained unaccounted for, and that two other \
                 workers initially listed as missing had been found safe at home.";
    let r = report(&[("BBC", story)]);
    let contested = finding_texts(&r, |k| k.is_conflict());
    assert_eq!(contested.len(), 1, "{contested:?}");
    assert!(contested[0].iter().any(|t| t.contains("only three of its employees")), "{contested:?}");
    // "two of them killed" is a part of a group told before, not a rival toll.
    let part = "A rights group said at least 23 people have been killed in three days of unrest. The interior \
                ministry said 11 people had died; five of those were police officers, two of them killed by \
                gunfire.";
    let r = report(&[("APA", part)]);
    let contested = finding_texts(&r, |k| k.is_conflict());
    // The rights group's 23 and the ministry's 11 are rival tolls; the two police officers
    // are neither's rival.
    assert_eq!(contested.len(), 1, "{contested:?}");
    assert!(contested[0].iter().all(|t| !t.contains("two of them killed")), "{contested:?}");
}

#[test]
fn no_one_harmed_is_denied_by_a_toll_of_the_same_group_only() {
    let harmed = "\"No civilians were harmed in the operation,\" the army said in a statement.";
    let killed = "At least 23 civilians were killed in the operation, the governor told Reuters.";
    // Both as a denied predication and as a toll of none against a toll of 23.
    assert_eq!(
        conflicts(&[("Reuters", harmed), ("AFP", killed)]),
        vec!["numbers/death-toll-mismatch", "polarity/negated-predication"]
    );
    let soldiers = "At least 23 soldiers were killed in the operation, the governor told Reuters.";
    assert!(conflicts(&[("Reuters", harmed), ("AFP", soldiers)]).is_empty());
}

#[test]
fn a_combined_sum_holds_the_sums_in_it_but_two_fines_for_one_decision_differ() {
    let fine = "The authority said it had imposed a fine of 14.2 million euros on Brightwater for applying \
                incorrect tariffs.";
    let combined = "An analyst estimated the combined cost of the fine, the refunds and the damages for Brightwater \
                    at about 69 million euros.";
    assert!(conflicts(&[("Bloomberg", fine), ("Reuters", combined)]).is_empty());
    let other = "The authority said it had imposed a fine of 18.5 million euros on Brightwater for applying \
                 incorrect tariffs.";
    assert_eq!(conflicts(&[("Bloomberg", fine), ("Reuters", other)]), vec!["numbers/sum-mismatch"]);
}

#[test]
fn one_person_who_gave_no_figure_does_not_deny_what_many_gave() {
    let story = "Authorities in the northern province of Kessari gave sharply different death tolls for an attack on a crowded market. \
                 The provincial governor, Abdul Wahid Sherzai, declared three days of mourning on Thursday. He did not give a toll.";
    assert!(conflicts(&[("Reuters", story)]).is_empty());
    // One person against one person still meets.
    let c = conflicts(&[
        ("Reuters", "The governor gave a death toll for the attack on the market."),
        ("AFP", "He did not give a toll."),
    ]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
}

#[test]
fn bodies_handed_over_one_by_one_are_no_toll_of_one() {
    let c = conflicts(&[
        (
            "Reuters",
            "\"More than 30 people were killed. We have the names, and we are handing the bodies to their families one by one,\" the district commissioner said.",
        ),
        ("Reuters", "The director of the district hospital said the hospital had received 27 bodies by Thursday noon."),
    ]);
    assert!(!c.iter().any(|r| r.starts_with("numbers/")), "{c:?}");
}

#[test]
fn an_earlier_count_recalled_after_a_toll_does_not_withdraw_it() {
    let army = "Army spokesman Colonel Farid Osmani said in a statement on Tuesday morning that a total of 13 people, \
                including two soldiers, were killed in the attack. On Monday evening the army had put the toll at nine dead.";
    let district = "The district commissioner, Najib Tarzi, disputed the army's count. \"More than 30 people were killed, \
                    most of them livestock traders from nearby villages,\" Tarzi told Reuters.";
    let r = report(&[("Reuters", &format!("{army}\n\n{district}"))]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert_eq!(tolls.len(), 1, "{tolls:?}");
    assert!(
        tolls[0].iter().any(|t| t.contains("a total of 13")) && tolls[0].iter().any(|t| t.contains("More than 30"))
    );
    // A count the army gave later in the story does replace its earlier one.
    let revised = "On Monday evening the army put the toll at nine dead. On Tuesday morning the army said \
                   13 people were killed in the attack.";
    let r = report(&[("Reuters", &format!("{revised}\n\n{district}"))]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert!(tolls.iter().all(|f| !f.iter().any(|t| t.contains("nine dead"))), "{tolls:?}");
}

#[test]
fn not_yet_signed_denies_signed_and_its_pronoun_goes_on_about_the_same_thing() {
    let report = "The Sentinel reported on Monday that the deal was signed on September 4.";
    let denial = "Ministry spokesman Tomas Reinholt said the contract was worth 1.1 billion dollars and that it has \
                  not yet been signed.";
    let c = conflicts(&[("AFP", &format!("{report}\n\n{denial}"))]);
    assert!(c.contains(&"polarity/negated-predication".to_string()), "{c:?}");
}

#[test]
fn the_two_leaders_are_the_parties_of_the_talks_told_before() {
    let lede = "Papers give wide coverage to the talks in Vienna between Kastorian President Andrej Volkan and \
                Morvenian Prime Minister Ilse Dessart.";
    let ft = "The Financial Times writes that the two leaders met on Tuesday evening at the Hofburg palace.";
    let standard = "Der Standard writes that the leaders met for the first time on Monday morning.";
    let story = format!("{lede}\n\n{ft}\n\n{standard}");
    let c = conflicts(&[("Meridian", &story)]);
    assert_eq!(c, vec!["time/event-date-mismatch"]);
    // With no talks told before, "the leaders" are nobody known: two meetings may be two.
    let c = conflicts(&[("Meridian", &format!("{ft}\n\n{standard}"))]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_part_alone_larger_than_a_toll_contradicts_it() {
    let agency = "The number of people killed by a strong earthquake that shook the southern Andes late on Monday \
                  rose to 41 on Tuesday, the national disaster agency said. The agency had put the toll at 28 in a \
                  bulletin issued early on Tuesday and at 35 by midday, before raising it again to 41 in its evening report.";
    let governor = "\"We have counted at least 56 dead in our districts alone,\" Governor Rosa Quispe told reporters \
                    on Tuesday afternoon.";
    let r = report(&[("Reuters", &format!("{agency}\n\n{governor}"))]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert!(
        tolls.iter().any(|f| f.iter().any(|t| t.contains("rose to 41")) && f.iter().any(|t| t.contains("at least 56"))),
        "{tolls:?}"
    );
    // A part alone smaller than the toll is within it.
    let smaller = "\"We have counted at least 16 dead in our districts alone,\" Governor Rosa Quispe told reporters \
                   on Tuesday afternoon.";
    let r = report(&[("Reuters", &format!("{agency}\n\n{smaller}"))]);
    assert!(texts_of_rule(&r, "numbers/death-toll-mismatch").is_empty());
}

#[test]
fn a_toll_raised_on_a_later_day_is_of_the_event_the_lead_tells() {
    let story = "Flash floods that tore through the Dzhelva valley on Monday night have killed at least 31 people, \
                 the national emergency service said.\n\n\
                 The emergency service had initially reported on Tuesday that 19 people had died. It raised its toll \
                 to 31 dead late on Wednesday.\n\n\
                 Regional governor Tamaz Abashidze told reporters that nearly 50 people had been killed.";
    let r = report(&[("Reuters", story)]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert!(
        tolls.iter().any(|f| f.iter().any(|t| t.contains("toll to 31")) && f.iter().any(|t| t.contains("nearly 50"))),
        "{tolls:?}"
    );
}

#[test]
fn a_threshold_is_no_rival_of_the_count_beside_it() {
    let zora = "The no-confidence motion collected only 97 votes, well short of the 121 needed to topple the cabinet.";
    let pulse = "The paper puts the number of votes for the no-confidence motion at 97.";
    let r = report(&[("Zora", zora), ("Pulse", pulse)]);
    let agree = finding_texts(&r, |k| k == Level::Agreement);
    assert!(
        agree.iter().any(|f| f.iter().any(|t| t.contains("only 97")) && f.iter().any(|t| t.contains("at 97"))),
        "{agree:?}"
    );
    // A second count beside it is a rival still.
    let r = report(&[("Zora", &zora.replace("121 needed", "121 counted by the opposition")), ("Pulse", pulse)]);
    assert!(finding_texts(&r, |k| k == Level::Agreement).is_empty());
}

#[test]
fn crowd_sizes_in_one_story_meet_however_little_else_they_share() {
    let story = "The city police, in a statement issued on Saturday evening, estimated the crowd at about 4,000.\n\n\
                 An analysis of drone footage published by a local paper came to a different conclusion: some 13,000 \
                 people filled the square and the adjoining boulevard.";
    let r = report(&[("Reuters", story)]);
    let crowds = texts_of_rule(&r, "numbers/figure-mismatch");
    assert!(
        crowds.iter().any(|f| f.iter().any(|t| t.contains("about 4,000")) && f.iter().any(|t| t.contains("13,000"))),
        "{crowds:?}"
    );
}

#[test]
fn nearly_a_figure_is_close_below_it_wherever_the_source_spoke() {
    let service = "By Tuesday morning the regional emergency service had raised its count, saying at least 31 \
                   people were now confirmed dead.";
    let governor = "Speaking outside Kestrany General Hospital on Tuesday, the regional governor, Petra Linsky, \
                    told reporters that \"nearly 30 people\" had died.";
    let r = report(&[("Reuters", &format!("{service}\n\n{governor}"))]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert!(
        tolls.iter().any(|f| f.iter().any(|t| t.contains("at least 31")) && f.iter().any(|t| t.contains("nearly 30"))),
        "{tolls:?}"
    );
    // Nearly 32 holds 31.
    let r = report(&[("Reuters", &format!("{service}\n\n{}", governor.replace("nearly 30", "nearly 32")))]);
    assert!(texts_of_rule(&r, "numbers/death-toll-mismatch").is_empty());
    // A count made at the hospital is still a part of the toll.
    let at_hospital = "The director of Kestrany General Hospital said nearly 30 people had died there.";
    let r = report(&[("Reuters", &format!("{service}\n\n{at_hospital}"))]);
    assert!(texts_of_rule(&r, "numbers/death-toll-mismatch").is_empty());
}

#[test]
fn a_report_a_source_calls_false_corroborates_nothing() {
    let story = "The Orion agency said Governor Ivana Pellic had briefed senior cabinet members on the devaluation \
                 plan.\n\nThe central bank added that it categorically rejects any suggestion that Governor Pellic \
                 had briefed senior cabinet members on the devaluation plan.";
    let r = report(&[("Reuters", story)]);
    let agreements = finding_texts(&r, |l| l == Level::Agreement);
    assert!(agreements.is_empty(), "{agreements:?}");
    // Told as the bank's own account, the same words corroborate the agency.
    let told = story.replace("it categorically rejects any suggestion that", "it can confirm that");
    let r = report(&[("Reuters", &told)]);
    assert!(!finding_texts(&r, |l| l == Level::Agreement).is_empty());
}

#[test]
fn a_sources_count_of_its_own_larger_than_a_toll_contradicts_it() {
    let company = "By early evening the ferry company had raised its count of the dead to 19, citing bodies that \
                   navy divers recovered from the car deck.";
    let governor = "\"Twenty-three of our people are dead,\" Governor Anselm Dravic told reporters on the quay.";
    let r = report(&[("Reuters", &format!("{company}\n\n{governor}"))]);
    let tolls = texts_of_rule(&r, "numbers/death-toll-mismatch");
    assert!(
        tolls.iter().any(|f| f.iter().any(|t| t.contains("to 19")) && f.iter().any(|t| t.contains("Twenty-three"))),
        "{tolls:?}"
    );
    // A count of its own smaller than the toll is a part of it.
    let r = report(&[("Reuters", &format!("{company}\n\n{}", governor.replace("Twenty-three", "Nine")))]);
    assert!(texts_of_rule(&r, "numbers/death-toll-mismatch").is_empty());
}

#[test]
fn offers_in_glued_sums_differ_but_a_bid_of_another_year_does_not_rival_them() {
    let story = "Reuters reported that Koster had offered about 4.2 billion euros for Valdane. \
                 Bloomberg News, citing its own sources, valued the proposal at roughly €4.2bn.\n\n\
                 According to the FT, the offer is worth closer to €3.6bn, a modest premium to Valdane's market value.\n\n\
                 Koster walked away from a smaller bid of 2.5 billion euros in 2019 after Valdane's board rejected it.";
    let r = report(&[("Agence France-Presse", story)]);
    let sums = texts_of_rule(&r, "numbers/sum-mismatch");
    assert!(sums.iter().any(|f| f.iter().any(|t| t.contains("€3.6bn"))), "{sums:?}");
    assert!(sums.iter().all(|f| !f.iter().any(|t| t.contains("2.5 billion"))), "{sums:?}");
}

#[test]
fn what_a_paper_writes_besides_a_denial_is_no_other_scene() {
    let signed = "\"Dnevni Glas\" reports that the coalition agreement was signed late on Tuesday in the speaker's \
                  office of parliament.";
    let not_yet = "\"Vecherni Kurier\" tells a different story. Citing two negotiators from the Green Alliance, the \
                   paper writes that the agreement has not yet been signed and that a signing ceremony has been \
                   pencilled in for Friday.";
    let c = conflicts(&[("BTA", &format!("{signed}\n\n{not_yet}"))]);
    assert!(c.contains(&"polarity/negated-predication".to_string()), "{c:?}");
}

#[test]
fn a_denial_told_to_reporters_at_night_with_what_was_done_instead() {
    let story = "Security Minister Julian Echeverria told reporters on Wednesday night that police did not fire \
                 rubber bullets and used only water cannon and tear gas. But the Center for the Defense of Civil \
                 Rights, a rights group that had observers at the march, said officers fired rubber bullets at close range.";
    let r = report(&[("Associated Press", story)]);
    let denied = texts_of_rule(&r, "polarity/negated-predication");
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert!(denied[0].iter().any(|t| t.contains("police did not fire rubber bullets")), "{denied:?}");
    // One word left to deny says too little: "it had nothing to do with the attack" is no
    // denial of a toll "in the attack".
    let story = "Thirteen people were killed in the attack, the army said. A spokesman for the group said it had \
                 nothing to do with the attack and condemned the killing of civilians.";
    assert!(conflicts(&[("Reuters", story)]).is_empty());
}

#[test]
fn a_spokeswoman_speaks_for_the_body_her_title_names() {
    // The ministry's rejection and its spokeswoman's "baseless" are one voice: no two
    // independent sources corroborate each other here.
    let story = "The Ministry of Water and Infrastructure on Wednesday rejected as \"completely baseless\" a \
                 newspaper report that it had held talks on selling part of the National Water Board to a foreign \
                 consortium, while confirming that officials had met the consortium's representatives this month.\n\n\
                 \"The report is completely baseless,\" ministry spokeswoman Petra Ilunga told reporters. Ilunga \
                 acknowledged that a delegation met ministry officials in Maravel on May 7.";
    let found = findings(&[("Wire", story)]);
    assert!(has(&found, "denial/report-called-false"), "{found:?}");
    assert!(!found.iter().any(|(_, k)| *k == Level::Agreement), "{found:?}");
}

#[test]
fn the_words_of_a_report_its_voice_denies_are_not_affirmed() {
    // The bank tells the claim's words only to deny them: the minister's "not being
    // prepared" contradicts no one.
    let story = "In a statement, the central bank said there was no truth to the claim that the bank is preparing an \
                 adjustment of the exchange rate.\n\nSpeaking to a business forum on Monday, Finance Minister Piet \
                 Kovander said that no instrument could be excluded, though he added that an adjustment of the \
                 exchange rate was not being prepared.";
    let found = conflicts(&[("Wire", story)]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_figure_a_negation_denies_is_no_figure_given() {
    // "never a figure of 45 million euros" gives no sum to set against a release clause.
    let story = "The paper also reported that the striker's contract contains a release clause of 60 million \
                 euros. Speaking by telephone, the club spokesman said there was never a figure of 45 million euros \
                 on the table.";
    assert!(conflicts(&[("Wire", story)]).is_empty());
    // A bound with "no" in it is a figure still.
    let story = "Organisers said 20,000 people joined the march on Saturday. Police said no more than 8,000 \
                 people joined the march on Saturday.";
    assert!(!conflicts(&[("Wire", story)]).is_empty());
}

#[test]
fn two_denials_of_one_report_do_not_clash() {
    let story = "FC Arvenna on Tuesday dismissed as fabricated a newspaper report that the club had agreed to sell \
                 striker Milo Banescu to Dorrington United, and said the meeting at which the deal was supposedly \
                 struck never took place.\n\nDorrington United also rejected the report.";
    let found = findings(&[("Wire", story)]);
    assert!(!has(&found, "denial/accusation-dismissed"), "{found:?}");
}

#[test]
fn not_resigned_but_dismissed_is_one_claim_that_denies_the_resignation() {
    // A press review: two papers tell a resignation on Tuesday; a third says there was none,
    // the governor was dismissed the night before. What happened instead is told in the same
    // claim, and its date is the dismissal's, not that of what is denied.
    let review = "\"The Morning Post\" says Governor Lena Varo resigned on Tuesday.\n\n\"Dnevnik\" writes that \
                  Varo's resignation letter was handed to parliament on Tuesday.\n\n\"Glas\" gives a different \
                  version. The paper says Varo did not resign but was dismissed by the bank's council on Monday night.";
    let r = report(&[("Wire", review)]);
    let denied = texts_of_rule(&r, "polarity/negated-predication");
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert!(denied[0].iter().any(|t| t.contains("did not resign but was dismissed")), "{denied:?}");
    assert!(denied[0].iter().any(|t| t.contains("Varo resigned on Tuesday")), "{denied:?}");
    // A denial dated to another day than the resignation still meets nothing.
    let other_day = review
        .replace("did not resign but was dismissed by the bank's council on Monday night", "did not resign on Monday");
    assert!(texts_of_rule(&report(&[("Wire", &other_day)]), "polarity/negated-predication").is_empty());
}

#[test]
fn the_day_a_paper_reported_is_no_date_of_the_fine() {
    let regulator = "The Energy Markets Authority said in a statement on Tuesday that it had imposed a fine of 14.2 \
                     million euros on Brightwater for applying incorrect tariffs between January 2021 and March 2023.";
    let paper = "The Irish Business Journal, citing a person familiar with the decision, reported on Tuesday evening \
                 that the fine amounted to 18.5 million euros, the largest ever imposed by the authority.";
    let filing = "Brightwater said in a filing to Euronext Dublin on Wednesday that it had booked a provision for the \
                  14.2 million euro penalty.";
    let r = report(&[("Bloomberg", &format!("{regulator}\n\n{paper}\n\n{filing}"))]);
    let sums = texts_of_rule(&r, "numbers/sum-mismatch");
    assert!(sums.iter().any(|f| f.iter().any(|t| t.contains("18.5 million"))), "{sums:?}");
    let said_when = r.claims.iter().find(|c| c.text.contains("18.5 million")).map(|c| c.times.clone()).unwrap();
    assert!(said_when.iter().all(|t| t.statement), "{said_when:?}");
}

#[test]
fn how_many_were_on_board_and_how_many_drowned() {
    let guard = "\"The boat was carrying around 150 people when it left the port,\" the coast guard spokesman said. \
                 At least 41 people drowned, the coast guard said.";
    let charity = "\"According to our information, there were at least 220 people on board,\" Maurer told Reuters.";
    let c = conflicts(&[("Reuters", &format!("{guard}\n\n{charity}"))]);
    assert_eq!(c, vec!["numbers/figure-mismatch"], "{c:?}");
    // The drowned are the dead: a toll of 41 and one of 47 are rival counts.
    let later = "The coast guard's own spokesman told ERT that 47 people drowned in the sinking.";
    let rival = "A rescue charity said 60 people drowned in the sinking.";
    assert!(conflicts(&[("Reuters", later), ("ERT", rival)]).contains(&"numbers/death-toll-mismatch".to_string()));
}

#[test]
fn a_loan_and_the_reserves_it_was_to_shore_up_are_two_sums() {
    let bank = "In a statement, the bank said foreign reserves stood at $6.4 billion at the end of August.";
    let loan = "The finance ministry rejected a report in the daily Vecernji Kurir that Lusenia had taken a secret \
                $2 billion loan from a Gulf sovereign wealth fund in August to shore up its reserves.";
    let r = report(&[("Reuters", &format!("{bank}\n\n{loan}"))]);
    assert!(texts_of_rule(&r, "numbers/sum-mismatch").is_empty());
    // Two sums of the loan are rivals.
    let other = "Bloomberg reported that Lusenia had taken a secret $3.5 billion loan from a Gulf sovereign wealth \
                 fund in August.";
    let r = report(&[("Reuters", &format!("{loan}\n\n{other}"))]);
    assert_eq!(texts_of_rule(&r, "numbers/sum-mismatch").len(), 1);
}

/// Some finding holds a claim with `a` in its words and one with `b`.
fn joined(findings: &[Vec<String>], a: &str, b: &str) -> bool {
    findings.iter().any(|f| f.iter().any(|t| t.contains(a)) && f.iter().any(|t| t.contains(b)))
}

/// Some finding holds a claim with `words` in its words.
fn held(findings: &[Vec<String>], words: &str) -> bool {
    findings.iter().any(|f| f.iter().any(|t| t.contains(words)))
}

#[test]
fn a_denial_told_with_its_report_in_one_sentence_tells_of_the_dispute_and_finds_none() {
    // The sentence itself says the company and the paper are at odds.
    let lede = "Carvel Motors on Tuesday rejected a newspaper report that it plans to shut its oldest car \
                factory in Ostrava.";
    assert_eq!(conflicts(&[("Bloomberg", lede)]), Vec::<String>::new());
    // What the paper and the company say apart, in sentences of their own, is at odds.
    let story = format!(
        "{lede}\n\nThe Ostrava Business Journal reported on Monday that Carvel plans to close its Ostrava \
         assembly plant by the end of 2025.\n\n\
         \"This is fake news,\" spokeswoman Karin Udd said in a statement on Tuesday."
    );
    let r = report(&[("Bloomberg", &story)]);
    let found: Vec<Vec<String>> = finding_texts(&r, Level::is_conflict);
    assert!(joined(&found, "close its Ostrava assembly plant", "This is fake news"), "{found:?}");
    assert!(!held(&found, "rejected a newspaper report"), "{found:?}");
}

#[test]
fn a_denial_of_the_report_told_before_it_takes_no_report_told_after_it() {
    let r = report(&[(
        "Reuters",
        "The Financial Times reported on Monday that the authorities were preparing to devalue the krona by up \
         to 20 percent before the end of October.\n\n\
         In a statement, the central bank called the report \"baseless and harmful\".\n\n\
         The finance ministry, for its part, rejected a report in the daily Vecer that the state had taken a \
         secret $2 billion loan from a Gulf fund in August.",
    )]);
    let denied = texts_of_rule(&r, "denial/report-called-false");
    assert!(joined(&denied, "preparing to devalue", "called the report"), "{denied:?}");
    assert!(!held(&denied, "secret $2 billion loan"), "{denied:?}");
}

#[test]
fn a_denial_in_the_headline_joins_no_report_under_it() {
    // The headline names two denials; joined to the claims under it, it would tie the
    // devaluation report to the loan report.
    let r = report(&[(
        "Reuters",
        "Central bank calls devaluation report \"baseless\", ministry denies secret loan\n\n\
         The central bank on Tuesday dismissed as baseless a newspaper report that the government was preparing \
         a sharp devaluation of the krona, while the finance ministry denied a separate report that it had \
         secretly borrowed from a Gulf fund.\n\n\
         The Financial Times reported on Monday that the authorities were preparing to devalue the krona by up \
         to 20 percent.",
    )]);
    let found = finding_texts(&r, Level::is_conflict);
    assert!(!held(&found, "ministry denies secret loan"), "{found:?}");
    // The ministry's denial of "a separate report" denies that report's words, not the
    // devaluation the bank dismissed.
    assert!(!joined(&found, "preparing to devalue", "denied a separate report"), "{found:?}");
}

#[test]
fn this_loan_never_happened_denies_the_loan_told_before() {
    let r = report(&[(
        "Reuters",
        "The daily Vecer reported that the state had taken a secret $2 billion loan from a Gulf sovereign fund \
         in August.\n\n\
         \"This loan never happened,\" Finance Minister Dragan Osterc said in a post on X.",
    )]);
    let denied = texts_of_rule(&r, "polarity/no-such-event");
    assert!(joined(&denied, "secret $2 billion loan", "This loan never happened"), "{denied:?}");
}
#[test]
fn a_time_dates_the_event_named_last_before_it() {
    let before = "Le Monde writes that Prime Minister Ilse Marhold and President Tomas Hedrin met last Thursday in \
                  Lindmar to finalise the text.";
    // "late on Monday night" dates the telephone call, not the summit it put back on track.
    let call = format!(
        "{before}\n\nOn Tuesday Politico reported that the summit was back on track following a telephone call \
         between Marhold and Hedrin late on Monday night."
    );
    let c = conflicts(&[("KNA", &call)]);
    assert!(!c.contains(&"time/event-date-mismatch".to_string()), "{c:?}");
    // The same two leaders meeting on another day is at odds with it.
    let met =
        format!("{before}\n\nPolitico reported that Marhold and Hedrin met on Monday in Lindmar to finalise the text.");
    let c = conflicts(&[("KNA", &met)]);
    assert!(c.contains(&"time/event-date-mismatch".to_string()), "{c:?}");
}

#[test]
fn a_spokesperson_titled_by_her_agency_speaks_for_it_and_its_toll_rises() {
    // Farahani's 57 is the agency's own count, risen from 31: an update, no discrepancy.
    let text = "The National Disaster Management Agency (NDMA) said on Sunday that 12 people had been killed in the \
                landslide. By Tuesday evening, the agency had raised its toll to 31 dead.\n\n\
                On Thursday, NDMA spokesperson Leila Farahani briefed reporters in the provincial capital, Kandor. \
                \"We have now recovered 57 bodies,\" she said.";
    let c = conflicts(&[("Al Jazeera", text)]);
    assert!(!c.contains(&"numbers/death-toll-mismatch".to_string()), "{c:?}");
    // Another body's count stays a rival one.
    let rival =
        format!("{text}\n\nThe Saroda governor said on Thursday that at least 85 people had died in the landslide.");
    let c = conflicts(&[("Al Jazeera", &rival)]);
    assert!(c.contains(&"numbers/death-toll-mismatch".to_string()), "{c:?}");
}

#[test]
fn a_headline_ending_on_a_quotation_is_still_a_headline() {
    let r = report(&[(
        "PPA",
        "Ministry calls report of secret border talks \"fake news\"\n\n\
         The foreign ministry on Monday denied a newspaper report that the deputy minister had held a clandestine \
         meeting with a senior envoy at the weekend.\n\n\
         \"No such meeting took place,\" ministry spokeswoman Jana Brezik told a regular briefing.",
    )]);
    let found = finding_texts(&r, Level::is_conflict);
    assert!(!held(&found, "calls report of secret border talks"), "{found:?}");
    assert!(held(&found, "No such meeting took place"), "{found:?}");
}

#[test]
fn who_boarded_is_who_was_aboard() {
    let c = conflicts(&[(
        "AFP",
        "Brasko Lines said the ferry was carrying 84 passengers and six crew, all listed on its manifest.\n\n\
         The harbour master, Drita Kolani, disputed the company's count. \"More than 150 people boarded at my port, \
         I watched them go on,\" she told AFP.",
    )]);
    assert!(c.contains(&"numbers/figure-mismatch".to_string()), "{c:?}");
}

#[test]
fn two_papers_forecasting_opposite_things_are_at_odds_not_an_update() {
    let r = report(&[(
        "KNA",
        "Press review: steelworks sale in doubt\n\n\
         Public broadcaster Radio Halvar said on its morning programme that the contract was due to be signed on \
         September 18. Prime Minister Ilse Marten would attend the signing ceremony in person, the station said.\n\n\
         The economic daily Bursa disagreed on both points. The signing had been pencilled in for September 25, the \
         paper wrote, and Marten would not attend; Economy Minister Pavel Strand would sign on behalf of the \
         government.",
    )]);
    let odds = texts_of_rule(&r, "polarity/negated-expectation");
    assert!(joined(&odds, "would attend the signing", "Marten would not attend"), "{odds:?}");
}

#[test]
fn the_first_part_of_a_sum_told_in_parts_is_no_toll() {
    // "nine ... and two more" is a count of eleven told in two parts, not a toll of nine.
    let told = |count: &str| {
        conflicts(&[(
            "Reuters",
            &format!(
                "According to the regional police, at least 14 people were killed in Thursday's blast at the \
                 Sellinchem plant.\n\n\
                 The director of the district hospital, Dr. Lena Marsh, said its staff had worked through the \
                 night. \"We received {count},\" she said."
            ),
        )])
    };
    let c = told("nine bodies on Thursday and two more yesterday");
    assert!(!c.contains(&"numbers/death-toll-mismatch".to_string()), "{c:?}");
    let c = told("nine bodies in all");
    assert!(c.contains(&"numbers/death-toll-mismatch".to_string()), "{c:?}");
}

#[test]
fn tolls_in_one_story_meet_however_little_else_their_sentences_share() {
    // A short quotation and a long sentence share hardly a word but the toll.
    let text = "\"The number of victims confirmed so far is 31, and unfortunately we expect it to rise,\" \
                emergency service spokesman Colonel Radek Pelc told the Halvard Wire Service.\n\n\
                In a statement issued on Wednesday, the dock workers' union said at least 54 workers had died, \
                citing lists compiled by shift supervisors of those who had clocked in.";
    let conflicts = finding_texts(&report(&[("Halvard Wire Service", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "so far is 31", "at least 54 workers"), "{conflicts:?}");
}

#[test]
fn a_toll_of_another_year_named_after_its_noun_is_no_rival() {
    let text = "The regional emergency service said at least 31 people had been killed in the blasts at the fuel \
                depot.\n\nIt was the deadliest industrial accident in the country since a mine collapse near \
                Hradov killed 27 people in 2009.";
    let conflicts = finding_texts(&report(&[("Halvard Wire Service", text)]), |k| k.is_conflict());
    assert!(!held(&conflicts, "27 people in 2009"), "{conflicts:?}");
}

#[test]
fn a_part_may_be_marked_anywhere_in_its_clause() {
    // The bodies counted twice are the size of the correction, not a toll.
    let text = "Governor Elena Moravec said on Monday that 16 people had died in the capsizing of the ferry.\n\n\
                In a correction issued on Monday, the agency said the number of dead in the capsizing of the ferry \
                was 11, explaining that three bodies recovered by fishing boats and later handed to the coast guard \
                had been included in both tallies.";
    let conflicts = finding_texts(&report(&[("Tidewater", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "16 people", "was 11"), "{conflicts:?}");
    assert!(!held(&conflicts, "three bodies"), "{conflicts:?}");
    // "Alone" six words on still marks a part, and a part larger than a total is at odds with it.
    let text = "Karel Dvorsky of the emergency service said 17 people remain unaccounted for after the flood.\n\n\
                \"At least 30 people are still missing in Marrowby alone,\" Mayor Petra Lindholm said of the flood.";
    let conflicts = finding_texts(&report(&[("AP", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "17 people", "Marrowby alone"), "{conflicts:?}");
}

#[test]
fn how_many_took_part_is_a_count_and_no_more_than_is_its_bound() {
    let text = "The organisers of the protest, the Skarn Valley Coalition, said about 200 people had taken part. \
                Police put the number at \"no more than 80\".";
    let r = report(&[("Nordwire", text)]);
    // "No more than 80" bounds a figure: it negates nothing.
    let police = r.claims.iter().find(|c| c.text.contains("no more than 80")).expect("the police claim");
    assert_eq!(police.polarity, contra::model::Polarity::Positive);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(joined(&conflicts, "200 people had taken part", "no more than 80"), "{conflicts:?}");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
}

#[test]
fn one_word_negated_in_words_without_a_subject_denies_nothing() {
    let text = "Rescuers pulled more bodies from the ruins of the fuel depot on Wednesday, as officials and union \
                leaders gave sharply different accounts of how many people had died.\n\n\
                The union said at least 54 workers had died, citing lists of those who had clocked in on Tuesday \
                and had not been accounted for.";
    assert_eq!(conflicts(&[("Halvard Wire Service", text)]), Vec::<String>::new());
    // A negation with its own subject still denies: "nothing had been signed".
    let c = conflicts(&[
        ("Reuters", "The paper said Transport Minister Paulo Ferraz signed the settlement with the port operator."),
        ("AFP", "A ministry spokesman said nothing had been signed with the port operator."),
    ]);
    assert_eq!(c, vec!["polarity/negated-predication"]);
}

#[test]
fn a_hospital_named_with_the_speaker_after_a_quotation_counts_a_part() {
    let total = "The disaster agency said 112 people were injured in the landslide.";
    let quote = "\"We have treated 64 injured people from the landslide, and nine of them are in intensive care,\" \
                 said Dr. Mirela Szabo, the hospital's medical director.";
    assert_eq!(conflicts(&[("MPA", &format!("{total}\n\n{quote}"))]), Vec::<String>::new());
    // A count larger than the total is still at odds with it.
    let larger = quote.replace("64", "164");
    assert_eq!(conflicts(&[("MPA", &format!("{total}\n\n{larger}"))]), vec!["numbers/injury-count-mismatch"]);
}

#[test]
fn a_figure_of_talks_set_for_next_month_is_of_this_period() {
    // Published 2025-10-22: "the second week of November" lies ahead, near the report.
    let c = conflicts(&[
        ("KNA", "Zora says the two-day talks on the border will begin in the second week of November."),
        ("KNA2", "According to Nova Rec, the talks on the border will last three days."),
    ]);
    assert_eq!(c, vec!["numbers/duration-mismatch"]);
}

#[test]
fn a_share_and_words_that_give_none_are_no_same_proposition() {
    let r = report(&[
        (
            "Vesti",
            "The statistics office said foreign nationals accounted for 23 percent of suspects in violent crime cases.",
        ),
        ("Daily", "The senator said half of all suspects in violent crime cases are foreign nationals."),
    ]);
    let agree = finding_texts(&r, |k| k == Level::Agreement);
    assert!(!held(&agree, "23 percent"), "{agree:?}");
    // The same share, told alike, still is.
    let r = report(&[
        (
            "Vesti",
            "The statistics office said foreign nationals accounted for 23 percent of suspects in violent crime cases.",
        ),
        ("Daily", "The senator said foreign nationals accounted for 23 percent of suspects in violent crime cases."),
    ]);
    assert!(!finding_texts(&r, |k| k == Level::Agreement).is_empty());
}

#[test]
fn no_such_agreement_answers_every_sentence_of_the_report_it_points_back_to() {
    let text = "The Westport Chronicle reported on Tuesday that Brevania had signed a confidential contract to \
                deliver 60,000 artillery shells to Serentia. The paper said the deal was worth about 210 million \
                euros, citing three officials familiar with the negotiations.\n\n\
                Government spokesman Matej Ruland told BRT News: \"There is no truth to this report. No such \
                agreement exists.\"";
    let conflicts = finding_texts(&report(&[("BRT News", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "signed a confidential contract", "No such agreement exists"), "{conflicts:?}");
    assert!(joined(&conflicts, "210 million euros", "No such agreement exists"), "{conflicts:?}");
}

#[test]
fn the_same_words_in_other_roles_are_no_same_proposition() {
    let agreements = |second: &str| {
        let r = report(&[
            ("Sentinel", "Police said the protesters attacked the officers outside the station on Friday."),
            ("Ledger", second),
        ]);
        finding_texts(&r, |k| k == Level::Agreement)
    };
    let swapped = agreements("Witnesses said the officers attacked the protesters outside the station on Friday.");
    assert!(!joined(&swapped, "protesters attacked the officers", "officers attacked the protesters"), "{swapped:?}");
    let same = agreements("Witnesses said the protesters attacked the officers outside the station on Friday.");
    assert!(joined(&same, "Police said the protesters", "Witnesses said the protesters"), "{same:?}");
    // Meeting is the same both ways round.
    let r = report(&[
        ("Sentinel", "The defence minister met the envoy at the airport on Friday, officials said."),
        ("Ledger", "The envoy met the defence minister at the airport on Friday, the embassy said."),
    ]);
    let met = finding_texts(&r, |k| k == Level::Agreement);
    assert!(joined(&met, "minister met the envoy", "envoy met the defence minister"), "{met:?}");
}

#[test]
fn without_a_tender_and_through_a_tender_are_no_same_proposition() {
    let r = report(&[
        (
            "Sentinel",
            "The Sentinel reported that the bridge contract was awarded without a public tender to Halvorsen Civil \
             Works.",
        ),
        (
            "Ministry",
            "The ministry said the bridge contract was awarded to Halvorsen Civil Works through a public tender.",
        ),
    ]);
    let agree = finding_texts(&r, |k| k == Level::Agreement);
    assert!(!joined(&agree, "without a public tender", "through a public tender"), "{agree:?}");
}

#[test]
fn a_denial_of_a_lede_report_shows_the_papers_retelling_of_it() {
    let lede = "KARSOV, June 3 (NPA) - The transport ministry on Tuesday dismissed as \"completely false\" a \
                newspaper report that officials had held secret talks with the rail operator Vennrail about \
                selling the state freight company.\n\n";
    let denial = "\n\n\"The article is completely false,\" ministry spokesman Karel Dusek said.";
    let retold = format!(
        "{lede}The Dravenby Courier reported on Monday that Deputy Transport Minister Ilja Brandt met Vennrail \
         executives three times in May. The paper cited two people familiar with the meetings.{denial}"
    );
    let conflicts = finding_texts(&report(&[("NPA", &retold)]), |k| k.is_conflict());
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let f = &conflicts[0];
    for words in ["officials had held secret talks", "met Vennrail executives three times", "completely false"] {
        assert!(f.iter().any(|t| t.contains(words)), "{words}: {conflicts:?}");
    }
    // The paper's words about itself retell nothing of the report.
    let about_itself = format!(
        "{lede}The Dravenby Courier, which printed the story on Monday, said its circulation had doubled since \
         January.{denial}"
    );
    let conflicts = finding_texts(&report(&[("NPA", &about_itself)]), |k| k.is_conflict());
    assert!(!held(&conflicts, "circulation"), "{conflicts:?}");
    assert!(joined(&conflicts, "officials had held secret talks", "completely false"), "{conflicts:?}");
}

#[test]
fn those_of_a_sources_own_group_are_a_part_of_the_toll() {
    let text = "An explosion at a fertiliser plant in Brenmoor killed 14 people, the health ministry said on \
                Wednesday.\n\nThe operator, Halden Chemicals, said nine of its employees died.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(!joined(&conflicts, "killed 14 people", "nine of its employees"), "{conflicts:?}");
    // A count larger than the total is still at odds with it.
    let text = "An explosion at a fertiliser plant in Brenmoor killed 14 people, the health ministry said on \
                Wednesday.\n\nThe operator, Halden Chemicals, said 19 of its employees died.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "killed 14 people", "19 of its employees"), "{conflicts:?}");
}

#[test]
fn a_correction_note_and_homes_damaged_are_no_rival_counts() {
    let text = "UPDATE 1-Wildfire forces 3,400 from homes\n\n\
                (Corrects number of destroyed homes in paragraph 3 to 38 from 83)\n\n\
                A wildfire had forced about 3,400 people from their homes by Thursday afternoon, civil protection \
                officials said.\n\n\
                Mayor Tomas Irigo said 38 homes were destroyed and more than 100 damaged.\n\n\
                A previous version of this story said 83 homes had been destroyed. The correct figure, given by \
                the mayor, is 38.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(conflicts.is_empty(), "{conflicts:?}");
}

#[test]
fn a_countrys_agency_named_again_by_what_it_is_updates_its_own_toll() {
    let text = "At least 23 people were killed when the Brasna river burst its banks, Tervania's civil protection \
                agency said on Monday, but a regional governor said the number of dead in his province alone had \
                reached 31.\n\n\
                In a statement issued at noon, the agency said 23 bodies had been recovered and 14 people were \
                still listed as missing.\n\n\
                Late on Monday afternoon the civil protection agency raised its own toll to 26, saying three more \
                bodies had been found near the dam.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(!joined(&conflicts, "23 bodies had been recovered", "raised its own toll to 26"), "{conflicts:?}");
    assert!(joined(&conflicts, "raised its own toll to 26", "had reached 31"), "{conflicts:?}");
}

#[test]
fn a_count_in_the_capital_is_a_part_of_one_across_the_country() {
    let text = |capital: &str| {
        format!(
            "\"Some 300 people were detained across the country,\" said Lenka Orsova, director of the \
             monitoring group Open Gate.\n\nIn the capital, where the largest march took place, {capital} people \
             had been detained, police said on Tuesday."
        )
    };
    let conflicts = finding_texts(&report(&[("Test Wire", &text("112"))]), |k| k.is_conflict());
    assert!(!joined(&conflicts, "across the country", "112 people"), "{conflicts:?}");
    // A part larger than the whole is at odds with it.
    let conflicts = finding_texts(&report(&[("Test Wire", &text("412"))]), |k| k.is_conflict());
    assert!(joined(&conflicts, "across the country", "412 people"), "{conflicts:?}");
}

#[test]
fn a_claim_giving_two_rival_tolls_corroborates_neither() {
    let text = "KORSAN, Tervania, March 14 (TW) - Authorities in Tervania gave sharply conflicting death tolls on \
                Friday after an overnight coach plunged into a river gorge in the mountainous Varsk province, with \
                police saying 22 people were killed and the health ministry putting the number of dead at no fewer \
                than 35.\n\n\
                The coach left the road on a hairpin bend near the town of Moravka shortly before midnight on \
                Thursday, police said.\n\n\
                Police had initially put the toll at 17 dead early on Friday, raising it as rescue teams reached the \
                wreck at first light.\n\n\
                \"We have 22 dead, of them seven children,\" provincial police spokesman Ilan Berec told reporters at \
                the scene in the afternoon.\n\n\
                \"At least 35 people lost their lives in this tragedy,\" the Ministry of Health said in a statement \
                issued at midday.";
    let r = report(&[("Test Wire", text)]);
    let agree = finding_texts(&r, |k| k == Level::Agreement);
    assert!(!held(&agree, "with police saying 22 people were killed"), "{agree:?}");
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(joined(&conflicts, "We have 22 dead", "At least 35 people"), "{conflicts:?}");
}

#[test]
fn a_count_since_the_start_of_a_month_stands_against_todays_toll() {
    // The text is published on Wednesday 2025-10-22: "since the end of September" runs up to it.
    let text = "The heatwave has killed 64 people, the civil protection authority said on Wednesday.\n\n\
                \"More than 100 people have died from the heat since the end of September,\" union president \
                Dr. Leila Benhaddou said.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "killed 64 people", "More than 100 people"), "{conflicts:?}");
}

#[test]
fn a_condition_is_no_position_that_a_denial_changes() {
    let text = "\"There was no leak, and the dam is intact,\" Aurelan Mining said in a statement.\n\n\
                Environment Minister Sanja Perovic said the government would wait for the inspectorate's report. \
                If a leak is confirmed, she said, the company would face fines.";
    let r = report(&[("Test Wire", text)]);
    assert!(r.findings.iter().all(|f| f.rule != "update/position-change"), "{:?}", finding_texts(&r, |_| true));
    assert!(
        r.claims.iter().any(|c| c.text.starts_with("If a leak") && c.modality == contra::model::Modality::Possible)
    );
}

#[test]
fn passengers_carried_and_people_on_board_are_one_count() {
    let text = "Ferry operator Semlo Lines said in a statement that the vessel was carrying 112 passengers and six \
                crew, all of them listed on its manifest.\n\n\
                One survivor, a market trader, told the paper that more than 200 people were on board.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "carrying 112 passengers", "more than 200 people"), "{conflicts:?}");
}

#[test]
fn when_a_denial_says_it_did_not_happen_is_no_part_of_what() {
    let text = "According to the paper, Defence Minister Ruben Alster met his Amedian counterpart in the port city of \
                Porto Lenz on May 28 to sign a letter of intent.\n\n\
                Ministry spokesman Bertil Amlen said the minister has not met his Amedian counterpart this year.";
    let r = report(&[("Test Wire", text)]);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(joined(&conflicts, "met his Amedian counterpart in the port city", "has not met"), "{conflicts:?}");
    assert!(r.findings.iter().all(|f| f.rule != "update/position-change"), "{:?}", finding_texts(&r, |_| true));
}

#[test]
fn no_meeting_took_place_denies_a_meeting_told_in_other_words() {
    let text = "According to the paper, Defence Minister Ivo Marten approved the plan at a meeting with the general \
                staff on Monday.\n\n\
                No meeting with the general staff took place on Monday, the ministry said.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "at a meeting with the general staff", "No meeting"), "{conflicts:?}");
    // One word left beside "took place" names too little for shared words to deny every
    // strike told: only "such", under the denial, points back to the strike told last.
    let text = "The army said the strike hit a weapons depot near the border on Tuesday night.\n\n\
                Varnia flatly denied that any such attack had taken place.";
    let r = report(&[("Test Wire", text)]);
    let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["polarity/no-such-event"]);
}

#[test]
fn households_and_homes_without_power_are_one_count() {
    let text = "Grid operator Velnet said 46,000 households were without power at the height of the storm.\n\n\
                \"More than 60,000 homes were left without electricity last night,\" Talvan governor Erik Sundberg \
                said.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(joined(&conflicts, "46,000 households", "More than 60,000 homes"), "{conflicts:?}");
    // Homes without power are no count of homes destroyed.
    let text = "Grid operator Velnet said 46,000 households were without power at the height of the storm.\n\n\
                The governor said 60 homes were destroyed.";
    let conflicts = finding_texts(&report(&[("Test Wire", text)]), |k| k.is_conflict());
    assert!(conflicts.is_empty(), "{conflicts:?}");
}

#[test]
fn a_question_the_papers_answer_differently_affirms_nothing() {
    // "... accounts of whether he has been charged" asks; a denial of the charge meets
    // only a paper that says he was charged.
    let lede = "Thursday's papers all lead with the arrest of the former governor, Anil Dorai, but they give \
                conflicting accounts of how much money is involved and whether he has been charged.";
    let denial = "Citing a senior police official, the channel VBC says Dorai has not been charged.";
    assert!(conflicts(&[("Press Trust", lede), ("Press Trust", denial)]).is_empty());
    let charged = "The daily Halipur Times reports that Dorai has been charged with embezzlement.";
    assert!(!conflicts(&[("Press Trust", charged), ("Press Trust", denial)]).is_empty());
}

#[test]
fn no_comment_denies_nothing() {
    let c = conflicts(&[(
        "Northern Dispatch",
        "The government spokesman said 15 civilians were killed in the attack, which he blamed on the armed group \
         known as the Eastern Brigades. The Eastern Brigades have not commented.",
    )]);
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn not_offering_to_resign_denies_an_offered_resignation() {
    // "resign" and "resignation" name one act; the clause after ", and he" is no part of
    // what is denied.
    let report = "The daily Vestlandet reported that Energy Minister Odd Halvorsen had offered his resignation \
                  to Prime Minister Karin Moe on Sunday.";
    let denial = "\"The minister has not offered to resign, and he enjoys the prime minister's full confidence,\" \
                  spokesman Eirik Lunde said on Tuesday.";
    assert_eq!(conflicts(&[("Nordwire", report), ("Nordwire", denial)]), vec!["polarity/negated-predication"]);
}

#[test]
fn the_base_of_a_comparison_is_no_day_of_the_figure() {
    // "from a year earlier" says what the fall is measured against, not when it was.
    let story = "Mill owner Joseph Ndereva said export orders had fallen by 40 percent since June. \
                 The Kessara Apparel Exporters Association said on Monday that the country's garment exports \
                 fell by about 40 percent in the third quarter from a year earlier.";
    assert!(has(&findings(&[("The Daily Clarion", story)]), "agreement/same-figure"));
}

#[test]
fn a_negation_that_leaves_out_its_subject_denies_only_with_it() {
    // "had nothing to do with the future of the site" is said of the measure, which the
    // works council's words do not name.
    let text = "The works council said managers had told staff representatives that the site had no long-term future. \
         The company spokeswoman said the measure was a normal adjustment and had nothing to do with the future of the site.";
    assert!(conflicts(&[("Corvale Wire", text)]).is_empty());
    // With its subject among the other's words, two words still deny.
    let text = "The Ledger reported that the minister met the envoy in Halvik. \
         His office said the minister stayed in the capital and did not meet the envoy.";
    assert_eq!(conflicts(&[("Corvale Wire", text)]), vec!["polarity/negated-predication"]);
}

#[test]
fn a_ledes_unnamed_report_and_the_paper_that_made_it_are_one_source() {
    let text = "The energy minister on Wednesday denied a newspaper report that a mining company had paid \
         $1.8 million to a consultancy linked to his family. \
         The Malindra Chronicle reported on Monday that Tanjung Resources paid $1.8 million to Arunika Advisory.";
    let found = findings(&[("Straits Newswire", text)]);
    assert!(!found.iter().any(|(_, k)| *k == Level::Agreement), "{found:?}");
}

#[test]
fn claims_that_give_different_counts_in_words_say_different_things() {
    let text = "Hospital blackout\n\n\
         Private broadcaster TV Horizont reported on Tuesday evening that five patients in the intensive care \
         unit died during the blackout on Monday night.\n\n\
         The hospital is the largest in the region, and its intensive care unit treated 14 patients on Monday night, \
         according to the hospital.";
    let found = findings(&[("Meridia Press", text)]);
    assert!(!has(&found, "agreement/same-proposition"), "{found:?}");
}

#[test]
fn a_groups_count_told_later_replaces_no_general_toll() {
    let text = "The health ministry said at least 31 people were killed in the blast. \
         Army spokesman Idris Fakhouri said the attack killed 28 people. Four soldiers were among the dead, he said.";
    assert_eq!(conflicts(&[("Meridian Wire", text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_count_a_source_had_said_is_one_since_replaced() {
    let text = "The regional emergency service put the death toll at 17. \
         The service had said on Wednesday that 11 miners were dead.";
    assert!(conflicts(&[("Reuters", text)]).is_empty());
    let text = "The regional emergency service put the death toll at 17. \
         The mine's operator said on Wednesday that 11 miners were dead.";
    assert_eq!(conflicts(&[("Reuters", text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn no_civilian_casualties_meets_civilians_killed() {
    let text = "The army said 11 soldiers were killed and that no civilian casualties were recorded. \
         A village chief, Issa Kiemde, said the attackers killed six civilians in the village of Kerebi.";
    assert_eq!(conflicts(&[("Continental Press", text)]), vec!["numbers/death-toll-mismatch"]);
    // Civilians against soldiers are two groups.
    let text = "The army said no civilian casualties were recorded. \
         A village chief, Issa Kiemde, said the attackers killed six soldiers at the post.";
    assert!(conflicts(&[("Continental Press", text)]).is_empty());
}

#[test]
fn a_quote_its_speaker_says_he_never_said_is_contested() {
    let text = "The Vessany Courier reported that Adrian Koszel told mining executives that \"the licence is yours\". \
         The government called the article baseless. \
         \"I never said those words, to anyone, at any time,\" Koszel wrote on Tuesday.";
    // The government calling the article baseless is a second voice against the report.
    assert_eq!(conflicts(&[("Northline News", text)]), vec!["denial/quote-denied", "denial/report-called-false"]);
    // Told in one sentence, the quote and its denial are the dispute, not two sources apart.
    let text = "The Courier quoted Koszel as saying the licence was theirs, but Koszel denied saying it.";
    assert!(conflicts(&[("Northline News", text)]).is_empty());
}

#[test]
fn the_quotation_told_after_its_introduction_is_what_the_denial_answers() {
    let text = "The Harbour Ledger reported that the minister met the port operators on Monday. \
         The paper quoted Selma Okafor as telling the operators after the talks that \"the tariffs will be scrapped in \
         March\". \
         \"I never said those words,\" Okafor told reporters on Wednesday.";
    let r = report(&[("Coastline Wire", text)]);
    let conflicts = finding_texts(&r, |k| k.is_conflict());
    assert!(joined(&conflicts, "the tariffs will be scrapped in March", "I never said those words"), "{conflicts:?}");
    // The words that only introduce the quotation are not shown as what was denied.
    assert!(!held(&conflicts, "The paper quoted Selma Okafor as telling the operators"), "{conflicts:?}");
}

#[test]
fn a_count_told_separately_is_another_event() {
    let text = "Officials said 23 people were killed when the dam gave way above the village of Orrin. \
         Separately, five people died on Friday when a bus overturned on the coast road, police said.";
    assert!(conflicts(&[("Meridian Wire", text)]).is_empty());
    // Without the word that sets it apart, one story's tolls are one event's.
    let text = text.replace("Separately, five", "Five");
    assert_eq!(conflicts(&[("Meridian Wire", &text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_sum_given_among_two_is_not_at_odds_with_the_other() {
    let audit = (
        "Ostrava Daily",
        "The audit puts the original contract value at 31.5 million euros and the final cost at 38.9 million euros.",
    );
    let builder = ("Ostrava Daily", "The builder said the contract was worth 31.5 million euros.");
    assert!(conflicts(&[audit, builder]).is_empty());
    let other = ("Ostrava Daily", "The builder said the contract was worth 29 million euros.");
    assert_eq!(conflicts(&[audit, other]), vec!["numbers/sum-mismatch"]);
}

#[test]
fn a_chief_introduced_by_its_speaks_for_the_body_told_before() {
    let text = "By noon, the fire brigade said the bodies of four workers had been recovered. \
         In an evening briefing, its commander, Ilse Varnholt, told reporters that nine workers had died. \
         The operator said in a statement that seven workers were killed.";
    let conflicts = finding_texts(&report(&[("Harbour Wire", text)]), |k| k.is_conflict());
    // The brigade's count rose over the day: only the operator's seven is at odds with it.
    assert!(!joined(&conflicts, "four workers", "nine workers"), "{conflicts:?}");
    assert!(!held(&conflicts, "four workers"), "{conflicts:?}");
    assert!(joined(&conflicts, "nine workers had died", "seven workers were killed"), "{conflicts:?}");
}

#[test]
fn a_toll_dated_to_another_day_than_the_lede_is_another_event() {
    let text = "A landslide buried homes in the hill town of Corva on Saturday. \
         Rescuers said at least 26 people were killed. \
         A flash flood in the same valley on Tuesday killed four people, officials said.";
    assert!(conflicts(&[("Harbour Wire", text)]).is_empty());
    // On the lede's day, the same valley's toll is the same event's.
    let text = text.replace("on Tuesday killed", "on Saturday killed");
    assert_eq!(conflicts(&[("Harbour Wire", &text)]), vec!["numbers/death-toll-mismatch"]);
}

#[test]
fn a_toll_dated_by_its_when_clause_leads_the_story_and_a_dateline_dates_nothing() {
    // Published on a Wednesday: the dateline's October 22 is the filing day, and the toll
    // of the lede is dated by its "when" clause (Tuesday). A toll of last Friday in another
    // city is another event's, not a rival of either source's count.
    let text = "VELDA, Oct 22 (Harbour Wire) - At least 17 people were killed when security forces broke up protests in the capital on Tuesday, a rights group said. \
         The interior ministry said three people died. \
         Two people were killed last Friday in the port city of Marrak when police cleared a sit-in.";
    let found = finding_texts(&report(&[("Harbour Wire", text)]), |k| k.is_conflict());
    assert!(joined(&found, "At least 17 people were killed", "three people died"), "{found:?}");
    assert!(!held(&found, "Two people were killed last Friday"), "{found:?}");
}

#[test]
fn two_agencies_magnitudes_of_one_quake_differ_but_an_aftershock_is_another_quake() {
    let text = "The national seismological institute measured the earthquake at magnitude 6.8. \
         A magnitude 5.4 aftershock shook the valley on Wednesday. \
         The regional geological survey put the magnitude of the earthquake at 7.1.";
    let found = finding_texts(&report(&[("Harbour Wire", text)]), |k| k.is_conflict());
    assert!(joined(&found, "at magnitude 6.8", "at 7.1"), "{found:?}");
    assert!(!held(&found, "aftershock"), "{found:?}");
}

#[test]
fn a_tone_in_quotation_marks_or_described_as_still_describes_the_talks() {
    let text = "PRESS REVIEW - Papers split over the pipeline talks\n\n\
         The Ledger wrote that Halvorsen and Dace met on Monday evening in Kell. \
         The paper described the talks as \"warm and constructive\", quoting an aide as saying the two leaders found common ground.\n\n\
         The Times painted a bleaker picture. It said the talks were \"tense from the first minute\".";
    let found = finding_texts(&report(&[("Norvik News Agency", text)]), |k| k.is_conflict());
    assert!(joined(&found, "warm and constructive", "tense from the first minute"), "{found:?}");
}

#[test]
fn the_title_the_story_gives_a_person_stands_for_the_person() {
    let text = "Interior Minister Pavel Dorn arrived in Varna on Friday, officials said. The Ledger reported that \
         Dorn inspected the damaged dam above Varna. \
         \"The minister has not inspected the damaged dam, in Varna or anywhere else,\" his spokeswoman said.";
    let found = finding_texts(&report(&[("Coastline Wire", text)]), |k| k.is_conflict());
    assert!(joined(&found, "Dorn inspected the damaged dam", "The minister has not inspected"), "{found:?}");
    // A title the story gives no one it names is someone else's.
    let other = text.replace("The minister has not", "The mayor has not");
    assert!(conflicts(&[("Coastline Wire", &other)]).is_empty());
}

#[test]
fn militants_killed_are_no_count_of_troops() {
    let text = "The army said at least 31 troops died at the outpost. \
         The observatory said that between 12 and 15 militants had been killed in the fighting.";
    assert!(conflicts(&[("Meridian Wire", text)]).is_empty());
}

#[test]
fn a_phrase_set_off_from_its_clause_is_no_claim_to_contest() {
    // "since the strike" split off from "had treated 41 wounded people since the strike and
    // that ..." says nothing the residents' "no leaflets before the strike" denies.
    let text = "The army said its aircraft had struck a command post near the Ostra camp on Monday. \
                \"Leaflets were dropped over the camp two days before the strike,\" army spokesman Colonel Ivo Brant said.\n\n\
                Camp residents said they received no such warning. Three other residents interviewed by the paper said \
                they had seen no leaflets before the strike.\n\n\
                The relief agency, which runs the camp clinic, said on Thursday its staff had treated 41 wounded people \
                since the strike and that at least six children were among the dead.";
    let r = report(&[("Wire", text)]);
    let texts = finding_texts(&r, Level::is_conflict);
    assert!(texts.iter().flatten().all(|t| t != "since the strike"), "{texts:#?}");
    assert!(!conflicts(&[("Wire", text)]).contains(&"polarity/negated-event".to_string()));
}

#[test]
fn a_bare_denial_shows_what_the_denier_says_next() {
    let text = "Interior Minister Kasimir Dollen blamed the Eastern Liberation Army (ELA) for the bombing. \
                \"The fingerprints of the ELA are all over this crime,\" Dollen said. The ELA rejected the accusation. \
                In a statement posted on its website, the group said it had no involvement in the bombing.";
    let r = report(&[("AFP", text)]);
    let dismissed = texts_of_rule(&r, "denial/accusation-dismissed");
    assert_eq!(dismissed.len(), 1, "{dismissed:?}");
    assert!(dismissed[0].iter().any(|t| t.contains("rejected the accusation")), "{dismissed:?}");
    assert!(dismissed[0].iter().any(|t| t.contains("had no involvement in the bombing")), "{dismissed:?}");
}

#[test]
fn a_denial_of_a_named_account_shows_what_the_denier_says_next() {
    // A denial of someone's allegations, however long its name of them, says what it holds
    // in the next sentence by the same voice.
    let text = "Interior Minister Kasimir Dollen blamed the Eastern Liberation Army (ELA) for the bombing. \
                \"The fingerprints of the ELA are all over this crime,\" Dollen said. The ELA flatly rejected the \
                interior minister's allegations about the bombing in March. In a statement posted on its website, \
                the group said it had no involvement in the bombing.";
    let r = report(&[("AFP", text)]);
    let dismissed = texts_of_rule(&r, "denial/accusation-dismissed");
    assert_eq!(dismissed.len(), 1, "{dismissed:?}");
    assert!(dismissed[0].iter().any(|t| t.contains("had no involvement in the bombing")), "{dismissed:?}");
}

#[test]
fn a_denial_shows_the_words_its_own_sentence_gives_the_denier() {
    let text = "Sports daily Tribuna Sport reported on Monday that the coach, Dario Kessen, had been fired on Sunday night. \
                Sporting responded within hours. \"Dario Kessen is our head coach and has the full support of the board,\" \
                the club said in a post on social media on Monday, calling the newspaper's story \"completely false\".";
    let r = report(&[("Reuters", text)]);
    let called_false = texts_of_rule(&r, "denial/report-called-false");
    assert_eq!(called_false.len(), 1, "{called_false:?}");
    assert!(called_false[0].iter().any(|t| t.contains("had been fired on Sunday night")), "{called_false:?}");
    assert!(called_false[0].iter().any(|t| t.contains("is our head coach")), "{called_false:?}");
}

#[test]
fn a_denial_shows_what_its_voice_denied_the_sentence_before() {
    let text = "Marovia's central bank on Thursday denied a newspaper report that it is about to devalue the national \
                currency. The Kavrin daily Vecherni Glas reported on Thursday that the bank's board had agreed on Tuesday \
                to cut the sarn's official rate by 15 per cent. \"The Central Bank of Marovia has no plans to devalue \
                the sarn,\" the bank said in a statement. The exchange-rate regime remained unchanged, it said, \
                describing the report as \"irresponsible speculation\".";
    let r = report(&[("dpa", text)]);
    let called_false = texts_of_rule(&r, "denial/report-called-false");
    assert_eq!(called_false.len(), 1, "{called_false:?}");
    let finding = &called_false[0];
    assert!(finding.iter().any(|t| t.contains("has no plans to devalue")), "{finding:?}");
    // One claim of the denier's words: what it denied, not all it said.
    assert!(!finding.iter().any(|t| t.contains("regime remained unchanged")), "{finding:?}");
}

#[test]
fn a_spokesperson_named_with_no_body_speaks_for_the_body_before() {
    // "Spokeswoman Mirela Tanc", right after the directorate spoke, gives the directorate's
    // count of the missing: its evening figure updates hers, it does not rival it.
    let text = "The Latest: Rescuers dig through mud after Norvalia landslide\n\n\
                7:40 a.m.\n\n\
                The national Civil Protection Directorate said in its first bulletin of the day that 31 bodies had been \
                recovered and that 112 people were still unaccounted for.\n\n\
                1:05 p.m.\n\n\
                The Civil Protection Directorate raised its toll to 48 dead, saying 17 more bodies had been pulled from \
                houses on the lower edge of Vell. Spokeswoman Mirela Tanc said the number of missing had fallen to 94, as \
                some people listed as unaccounted for had turned up at relatives' homes in nearby towns.\n\n\
                \"Every figure we publish is a name, checked against a body, and that takes time,\" Tanc said when asked \
                about the governor's estimate.\n\n\
                6:20 p.m.\n\n\
                In its evening bulletin, the Civil Protection Directorate said the confirmed death toll had reached 57, \
                with 81 people still missing.";
    assert!(conflicts(&[("AP", text)]).is_empty(), "{:?}", conflicts(&[("AP", text)]));
}

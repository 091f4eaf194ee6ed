#![cfg(not(target_arch = "wasm32"))]
//! Every problem `content::validate` can report is reached by a broken content file here,
//! one mistake at a time (on the English file), and each names what is wrong. The last test
//! reads `src/content/validate.rs` and fails if a message there is reached by no case below:
//! a new check needs its negative test.

use botox_guide::content::{validate, Content, EN_JSON};
use serde_json::{json, Value};

/// The problems of the English file after `change`.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut tree: Value = serde_json::from_str(EN_JSON).unwrap();
    change(&mut tree);
    let content = Content::from_json(&tree.to_string()).unwrap_or_else(|e| panic!("still readable: {e}"));
    validate::problems(&content)
}

fn at<'a>(tree: &'a mut Value, pointer: &str) -> &'a mut Value {
    tree.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is in en.json"))
}

fn list<'a>(tree: &'a mut Value, pointer: &str) -> &'a mut Vec<Value> {
    at(tree, pointer).as_array_mut().unwrap()
}

/// The index of the item with `id` in the list at `pointer`.
fn index(tree: &mut Value, pointer: &str, id: &str) -> usize {
    list(tree, pointer).iter().position(|v| v["id"] == id).unwrap_or_else(|| panic!("{id} in {pointer}"))
}

/// The override set of en.json for exactly these markets.
fn market_set<'a>(tree: &'a mut Value, markets: &[&str]) -> &'a mut Value {
    let sets = list(tree, "/markets");
    sets.iter_mut().find(|s| s["markets"] == json!(markets)).unwrap_or_else(|| panic!("a set for {markets:?}"))
}

type Case = (&'static str, fn(&mut Value), &'static str);

/// (what, the mistake, a problem that must be reported: the exact text).
fn cases() -> Vec<Case> {
    vec![
        (
            "a market's emergency text without its number",
            |t| market_set(t, &["uk"])["texts"]["risks.urgent.emergency"] = json!("Call 998 now. For urgent advice, call 111."),
            "markets (uk): risks.urgent.emergency does not give the number 999",
        ),
        (
            "a market's reporting text without its address",
            |t| market_set(t, &["ie"])["texts"]["blocks.report-side-effect.text"] = json!("Report a side effect to the HPRA."),
            "markets (ie): the block `report-side-effect` does not name hpra.ie",
        ),
        (
            "the brand in a non-promotional market's text",
            |t| market_set(t, &["uk", "ie"])["texts"]["blocks.approved-areas.title"] = json!("Areas approved in the US for BOTOX Cosmetic"),
            "markets (uk): names the brand outside the blocks kept as written, in: Areas approved in the US for BOTOX Cosmetic",
        ),
        (
            "two blocks keep the brand",
            |t| market_set(t, &["uk", "ie"])["keep"].as_array_mut().unwrap().push(json!("ingredients")),
            "markets (ie): more than one block keeps the brand",
        ),
        (
            "the benefits list left in a non-promotional market",
            |t| market_set(t, &["uk", "ie"])["omit"] = json!([]),
            "markets (uk): the block `possible-benefits` must be left out (omit)",
        ),
        ("bad source id", |t| at(t, "/sources/0/id").clone_from(&json!("Bad_Id")), "source id `Bad_Id` must be 1 to 64 of a-z, 0-9 and -"),
        (
            "bad reviewed_on",
            |t| {
                t["reviewed_on"] = json!("1 May 2026");
            },
            "reviewed_on `1 May 2026` is not a YYYY-MM-DD date",
        ),
        (
            "two sources with one id",
            |t| {
                let copy = t["sources"][0].clone();
                list(t, "/sources").push(copy);
            },
            "two sources share an id",
        ),
        (
            "source without publisher",
            |t| {
                t["sources"][1]["publisher"] = json!(" ");
            },
            "source `fda-botox-cosmetic-label` has no title or publisher",
        ),
        (
            "http source",
            |t| {
                t["sources"][0]["url"] = json!("http://example.org/label.pdf");
            },
            "source `fda-botox-label` has a URL that is not https",
        ),
        (
            "front-page source",
            |t| {
                t["sources"][0]["url"] = json!("https://www.fda.gov/");
            },
            "source `fda-botox-label` links to a site's front page, not the page it cites",
        ),
        (
            "section twice",
            |t| {
                let copy = t["sections"][0].clone();
                list(t, "/sections").push(copy);
            },
            "section `about` appears twice",
        ),
        (
            "section without label",
            |t| {
                t["sections"][1]["label"] = json!("");
            },
            "section `wrinkles` has no label or heading",
        ),
        (
            "empty section",
            |t| {
                t["sections"][4]["blocks"] = json!([]);
                t["sections"][4]["summary"] = json!([]);
            },
            "section `choosing` is empty",
        ),
        (
            "section without a summary",
            |t| {
                t["sections"][4]["summary"] = json!([]);
            },
            "section `choosing` has no summary",
        ),
        (
            "detail without blocks",
            |t| {
                let i = index(t, "/sections", "risks");
                t["sections"][i]["detail"]["blocks"] = json!([]);
            },
            "section `risks` has a detail without a title or blocks",
        ),
        (
            "detail without a title",
            |t| {
                let i = index(t, "/sections", "migraine");
                t["sections"][i]["detail"]["title"] = json!(" ");
            },
            "section `migraine` has a detail without a title or blocks",
        ),
        (
            "benefit figures of a treatment without benefits",
            |t| {
                list(t, "/sections/0/blocks").push(json!({"type": "benefit_figures", "treatment": "cosmetic"}));
            },
            "section `about` shows the benefits of `cosmetic`, which has none",
        ),
        (
            "empty text",
            |t| {
                t["sections"][0]["blocks"][0]["text"] = json!("  ");
            },
            "section `about` has an empty text",
        ),
        (
            "empty list",
            |t| {
                let i = list(t, "/sections/1/blocks").iter().position(|b| b["type"] == "list").unwrap();
                t["sections"][1]["blocks"][i]["items"] = json!([]);
            },
            "section `wrinkles` has an empty list",
        ),
        (
            "unknown source cited",
            |t| {
                t["sections"][0]["blocks"][0]["sources"] = json!(["nowhere"]);
            },
            "section `about` cites unknown source `nowhere`",
        ),
        ("section missing", |t| list(t, "/sections").retain(|s| s["id"] != "migraine"), "section `migraine` is missing"),
        (
            "source never cited",
            |t| list(t, "/sources").push(json!({"id": "unused", "title": "T", "publisher": "P", "year": 2020, "url": "https://example.org/page"})),
            "source `unused` is never cited",
        ),
        (
            "eleven months",
            |t| {
                list(t, "/dates/months").pop();
            },
            "dates needs 12 month names, 12 short month names and 7 weekday names",
        ),
        (
            "ui text missing",
            |t| {
                at(t, "/ui").as_object_mut().unwrap().remove("call");
            },
            "ui has no text `call`",
        ),
        (
            "risk label missing",
            |t| {
                at(t, "/risks/labels").as_object_mut().unwrap().remove("feels");
            },
            "risks.labels has no text `feels`",
        ),
        (
            "aftercare label missing",
            |t| {
                at(t, "/aftercare/labels").as_object_mut().unwrap().remove("print");
            },
            "aftercare.labels has no text `print`",
        ),
        (
            "placeholder dropped",
            |t| {
                t["ui"]["print_phone"] = json!("Phone:");
            },
            "ui text `print_phone` must keep the placeholder {phone}",
        ),
        (
            "bad last_checked",
            |t| {
                t["last_checked"] = json!("2026-12");
            },
            "last_checked `2026-12` is not a YYYY-MM-DD date",
        ),
        (
            "bad next_review",
            |t| {
                t["next_review"] = json!("next year");
            },
            "next_review `next year` is not a YYYY-MM-DD date",
        ),
        (
            "next review not after the check",
            |t| {
                t["next_review"] = t["last_checked"].clone();
            },
            "next_review 2026-12-03 is not after last_checked 2026-12-03",
        ),
        (
            "required statement dropped",
            |t| {
                let i = index(t, "/sections", "risks");
                list(t, &format!("/sections/{i}/detail/blocks")).retain(|b| b["id"] != "driving");
            },
            "the driving statement `driving` is missing (Block(Risks))",
        ),
        (
            "bad block id",
            |t| {
                t["sections"][0]["blocks"][0]["id"] = json!("Not OK");
            },
            "block id `Not OK` must be 1 to 64 of a-z, 0-9 and -",
        ),
        (
            "block id twice",
            |t| {
                t["sections"][0]["blocks"][0]["id"] = json!("adults-only");
            },
            "block id `adults-only` appears twice",
        ),
        (
            "risk treatments",
            |t| {
                list(t, "/risks/treatments").pop();
            },
            "risk treatments must be cosmetic, migraine, found cosmetic",
        ),
        ("no effect in a group", |t| list(t, "/risks/treatments/0/effects").retain(|e| e["group"] != "call"), "treatment `cosmetic` has no effect in group call"),
        ("effect twice", |t| {
            let copy = t["risks"]["treatments"][1]["effects"][0].clone();
            list(t, "/risks/treatments/1/effects").push(copy);
        }, "effect `neck-pain` of `migraine` appears twice"),
        ("rate over 100", |t| { t["risks"]["treatments"][1]["effects"][0]["rate"] = json!(101); }, "effect `neck-pain` of `migraine` has a rate outside 0 to 100"),
        ("placebo rate below 0", |t| { t["risks"]["treatments"][1]["effects"][0]["placebo"] = json!(-1); }, "effect `neck-pain` of `migraine` has a rate outside 0 to 100"),
        ("no rate, no words", |t| {
            let e = &mut t["risks"]["treatments"][1]["effects"][0];
            e.as_object_mut().unwrap().remove("rate");
            e.as_object_mut().unwrap().remove("no_rate");
        }, "effect `neck-pain` of `migraine` has no rate and no words saying so"),
        ("effect source unknown", |t| { t["risks"]["treatments"][1]["effects"][0]["source"] = json!("nowhere"); }, "effect `neck-pain` of `migraine` cites unknown source `nowhere`"),
        ("effect text empty", |t| { t["risks"]["treatments"][1]["effects"][0]["feels"] = json!(""); }, "effect `neck-pain` of `migraine` has an empty text"),
        ("benefit source unknown", |t| { t["risks"]["treatments"][1]["benefits"][0]["source"] = json!("nowhere"); }, "figure `headache-days` cites unknown source `nowhere`"),
        ("benefit over 100 in 100", |t| {
            let i = list(t, "/risks/treatments/1/benefits").iter().position(|b| b["unit"] == "per100").unwrap();
            t["risks"]["treatments"][1]["benefits"][i]["botox"] = json!(100.5);
        }, "has a rate outside 0 to 100"),
        ("treatment source unknown", |t| { t["risks"]["treatments"][0]["source"] = json!("nowhere"); }, "treatment `cosmetic` cites unknown source `nowhere`"),
        ("urgent sign dropped", |t| list(t, "/risks/urgent/signs").retain(|s| s["id"] != "breathing"), "urgent signs lack `breathing`"),
        ("an emergency sign made same-day", |t| {
            let i = index(t, "/risks/urgent/signs", "breathing");
            t["risks"]["urgent"]["signs"][i]["level"] = json!("same_day");
        }, "urgent sign `breathing` must be at level emergency"),
        ("no advice for a level", |t| { t["risks"]["urgent"]["same_day"] = json!(" "); }, "urgent signs have no advice for level same_day"),
        ("a sign without its short words", |t| { t["risks"]["urgent"]["signs"][0]["short"] = json!(""); }, "urgent sign `swallowing` has an empty text"),
        ("a card naming an unknown sign", |t| { t["risks"]["treatments"][1]["effects"][0]["sign"] = json!("nowhere"); }, "effect `neck-pain` of `migraine` names unknown urgent sign `nowhere`"),
        ("a card that is an emergency sign", |t| { t["risks"]["treatments"][1]["effects"][0]["sign"] = json!("swallowing"); }, "effect `neck-pain` of `migraine` is the emergency sign `swallowing`"),
        ("a same-day card in the expected group", |t| {
            let i = index(t, "/risks/treatments/0/effects", "eyelid-droop");
            t["risks"]["treatments"][0]["effects"][i]["group"] = json!("expected");
        }, "effect `eyelid-droop` of `cosmetic` is the same-day sign `eyelids` but not in the call group"),
        ("harm source unknown", |t| { t["risks"]["treatments"][1]["harms"][0]["source"] = json!("nowhere"); }, "figure `stopped` cites unknown source `nowhere`"),
        ("urgent source unknown", |t| { t["risks"]["urgent"]["source"] = json!("nowhere"); }, "urgent signs cite unknown source `nowhere`"),
        ("step twice", |t| {
            let copy = t["aftercare"]["steps"][2].clone();
            list(t, "/aftercare/steps").push(copy);
        }, "aftercare step `right-after` appears twice"),
        ("step without title", |t| { t["aftercare"]["steps"][2]["title"] = json!(" "); }, "aftercare step `right-after` has no title"),
        ("step without start or end", |t| {
            let s = t["aftercare"]["steps"][2].as_object_mut().unwrap();
            s.remove("start");
            s.remove("end");
        }, "aftercare step `right-after` has neither start nor end"),
        ("step without items", |t| { t["aftercare"]["steps"][2]["items"] = json!([]); }, "aftercare step `right-after` has no items"),
        ("step ends before it starts", |t| { t["aftercare"]["steps"][2]["end"] = json!({"hours": 0}); }, "aftercare step `right-after` ends before it starts"),
        ("calendar entry without a start", |t| {
            let i = list(t, "/aftercare/steps").iter().position(|s| s.get("calendar").is_some()).unwrap();
            t["aftercare"]["steps"][i].as_object_mut().unwrap().remove("start");
        }, "has a calendar entry but no start date"),
        ("item twice", |t| {
            let copy = t["aftercare"]["steps"][2]["items"][0].clone();
            list(t, "/aftercare/steps/2/items").push(copy);
        }, "aftercare item `normal-activity` appears twice"),
        ("item empty", |t| { t["aftercare"]["steps"][2]["items"][0]["text"] = json!(""); }, "aftercare item `normal-activity` is empty"),
        ("step source unknown", |t| { t["aftercare"]["steps"][2]["sources"] = json!(["nowhere"]); }, "aftercare step `right-after` cites unknown source `nowhere`"),
        ("required steps out of order", |t| list(t, "/aftercare/steps").swap(2, 3), "aftercare steps must include before, right-after, first-4-hours, first-day, effect-begins, any-time in order, found before, first-4-hours, right-after"),
        ("no calendar event for a treatment", |t| {
            for s in list(t, "/aftercare/steps") {
                if s["only"] == "migraine" {
                    s.as_object_mut().unwrap().remove("calendar");
                }
            }
        }, "no calendar event for `migraine`"),
    ]
}

#[test]
fn the_english_file_has_no_problem_to_start_from() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn every_mistake_is_reported_in_words_that_name_it() {
    let mut failures = Vec::new();
    for (what, change, expected) in cases() {
        let found = problems_after(change);
        if !found.iter().any(|p| p.contains(expected)) {
            failures.push(format!("{what}: expected {expected:?}, got {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The message templates in validate.rs (`out.push(format!("…"))` and `.to_string()`
/// literals), with `{…}` as a wildcard.
fn templates() -> Vec<String> {
    let source = include_str!("../src/content/validate.rs");
    let mut out = Vec::new();
    for marker in ["out.push(format!(\"", "out.push(\""] {
        let mut rest = source;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("\\\"", "\""));
        }
    }
    out
}

fn matches_template(problem: &str, template: &str) -> bool {
    // Literal parts between placeholders must appear in order.
    let mut parts = template.split(['{', '}']).enumerate().filter(|(i, _)| i % 2 == 0).map(|(_, p)| p).filter(|p| !p.is_empty());
    let mut at = 0;
    let first = template.starts_with('{');
    parts.all(|part| match problem[at..].find(part) {
        Some(i) if first || at > 0 || i == 0 => {
            at += i + part.len();
            true
        }
        _ => false,
    })
}

#[test]
fn every_message_in_validate_rs_is_reached_by_a_case() {
    let templates = templates();
    assert!(templates.len() >= 40, "found the messages: {templates:?}");
    let reported: Vec<String> = cases().into_iter().flat_map(|(_, change, _)| problems_after(change)).collect();
    // The matching itself: a message nothing produces is caught, a produced one is found.
    assert!(!reported.iter().any(|p| matches_template(p, "section `{}` is on fire")));
    assert!(reported.iter().any(|p| matches_template(p, "section `{}` is empty")));
    assert!(!matches_template("a section `x` is empty", "section `{}` is empty"), "anchored at the start");
    let missed: Vec<&String> = templates.iter().filter(|t| !reported.iter().any(|p| matches_template(p, t))).collect();
    assert!(missed.is_empty(), "messages no case reaches: {missed:#?}");
}

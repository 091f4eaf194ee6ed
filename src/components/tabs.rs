//! The WAI-ARIA APG tabs pattern: tablist/tab, aria-selected, aria-controls, roving
//! tabindex, Left/Right (wrapping), Home/End, automatic activation.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::{panel_dom_id, tab_dom_id};
use crate::ids::Tab;

#[derive(Clone, PartialEq)]
pub struct TabItem {
    pub id: Tab,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub label: AttrValue,
    pub tabs: Vec<TabItem>,
    pub selected: Tab,
    pub on_select: Callback<Tab>,
}

/// Index of the tab a key moves to, or `None` for keys the tablist does not handle.
pub fn key_target(key: &str, current: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" => Some((current + 1) % count),
        "ArrowLeft" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// Room kept between a revealed tab and the row's ends, for the scroll shades (px).
pub const REVEAL_MARGIN: f64 = 24.0;

/// How far to scroll the tab row (px, + is towards the end) so a tab spanning `tab` shows
/// inside a row spanning `row` (left, right edges), with `margin` to spare where the row allows.
pub fn reveal_by(row: (f64, f64), tab: (f64, f64), margin: f64) -> f64 {
    let room = (row.1 - row.0 - (tab.1 - tab.0)) / 2.0;
    let margin = margin.min(room.max(0.0));
    if room < 0.0 {
        tab.0 - row.0
    } else if tab.0 < row.0 + margin {
        tab.0 - row.0 - margin
    } else if tab.1 > row.1 - margin {
        tab.1 - row.1 + margin
    } else {
        0.0
    }
}

/// Scrolls the tab row sideways (never the page) so the selected tab is in view. The row is
/// the tabs' offset parent (`position: relative`), so offsets and scrolling share one axis.
fn reveal(tab: &HtmlElement) {
    let Some(row) = tab.parent_element() else { return };
    let shown = f64::from(row.scroll_left());
    let start = f64::from(tab.offset_left());
    let by = reveal_by((shown, shown + f64::from(row.client_width())), (start, start + f64::from(tab.offset_width())), REVEAL_MARGIN);
    if by != 0.0 {
        row.set_scroll_left(row.scroll_left() + by.round() as i32);
    }
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let refs = use_memo(props.tabs.len(), |n| (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>());
    let current = props.tabs.iter().position(|t| t.id == props.selected).unwrap_or(0);
    {
        // Not at the first render when the first tab is selected (the row starts at its
        // start): measuring then would force a layout of the new widget inside the mount.
        let refs = refs.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(current, move |&current| {
            let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if !(was_first && current == 0) {
                if let Some(tab) = refs.get(current).and_then(NodeRef::cast::<HtmlElement>) {
                    reveal(&tab);
                }
            }
        });
    }
    let onkeydown = {
        let refs = refs.clone();
        let ids: Vec<Tab> = props.tabs.iter().map(|t| t.id).collect();
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(next) = key_target(&e.key(), current, ids.len()) {
                e.prevent_default();
                on_select.emit(ids[next]);
                if let Some(el) = refs[next].cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        })
    };

    html! {
        <div role="tablist" class="tablist" part="tablist" aria-label={props.label.clone()} {onkeydown}>
            { for props.tabs.iter().enumerate().map(|(i, tab)| {
                let selected = i == current;
                let id = tab.id;
                let onclick = props.on_select.reform(move |_: MouseEvent| id);
                html! {
                    <button type="button" role="tab" ref={refs[i].clone()}
                        id={tab_dom_id(id)} aria-controls={panel_dom_id(id)}
                        aria-selected={if selected { "true" } else { "false" }}
                        tabindex={if selected { "0" } else { "-1" }}
                        class="tab" part={if selected { "tab tab-active" } else { "tab" }}
                        data-tab={id.as_str()} {onclick}>
                        { tab.label.clone() }
                    </button>
                }
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_wrap_and_jump() {
        assert_eq!(key_target("ArrowRight", 5, 6), Some(0));
        assert_eq!(key_target("ArrowLeft", 0, 6), Some(5));
        assert_eq!((key_target("Home", 3, 6), key_target("End", 3, 6)), (Some(0), Some(5)));
        assert_eq!(key_target("a", 0, 6), None);
        assert_eq!(key_target("Home", 0, 0), None);
    }

    #[test]
    fn a_tab_past_either_end_is_scrolled_in_with_room_for_the_shade() {
        let row = (0.0, 300.0);
        assert_eq!(reveal_by(row, (100.0, 200.0), 24.0), 0.0, "in view: no scroll");
        assert_eq!(reveal_by(row, (280.0, 380.0), 24.0), 104.0, "past the end");
        assert_eq!(reveal_by(row, (-50.0, 50.0), 24.0), -74.0, "before the start");
        assert_eq!(reveal_by(row, (10.0, 110.0), 24.0), -14.0, "under the start shade");
    }

    #[test]
    fn a_tab_wider_than_the_row_shows_its_start() {
        assert_eq!(reveal_by((0.0, 100.0), (150.0, 290.0), 24.0), 150.0);
        assert_eq!(reveal_by((0.0, 100.0), (-90.0, 50.0), 24.0), -90.0);
    }
}

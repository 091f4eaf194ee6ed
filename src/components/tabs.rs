//! The WAI-ARIA APG tabs pattern: tablist/tab, aria-selected, aria-controls, roving
//! tabindex, Left/Right (wrapping), Home/End, automatic activation. Every tab is in view:
//! the list wraps into a grid of equal tabs (two or three a row on a phone), so nothing
//! hides off to the side.

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

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let refs = use_memo(props.tabs.len(), |n| (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>());
    let current = props.tabs.iter().position(|t| t.id == props.selected).unwrap_or(0);
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
}

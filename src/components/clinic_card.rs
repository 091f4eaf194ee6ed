//! The clinic's name, phone (tel: link) and booking link, when the clinic gives them; on
//! paper, the phone number and booking address as text.

use yew::prelude::*;

use super::CtaKind;
use crate::content::{SharedContent, UiText};

pub struct ClinicCardProps {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// Its `tel:` address (made by the loader with the phone's rule).
    pub phone_href: Option<String>,
    pub booking_url: Option<String>,
    pub content: SharedContent,
    pub on_cta: Callback<CtaKind>,
}

/// A plain function rather than a component: no state of its own (saves wasm bytes).
pub fn clinic_card(props: &ClinicCardProps) -> Html {
    if props.name.is_none() && props.phone.is_none() && props.booking_url.is_none() {
        return Html::default();
    }
    let ui = &props.content.ui;
    let heading = props.name.clone().unwrap_or_else(|| ui[UiText::ClinicHeading].to_string());
    html! {
        <div class="clinic-card" part="clinic-card" role="group" aria-label={ui[UiText::ClinicHeading].to_string()}>
            <h2>{ heading }</h2>
            if let (Some(phone), Some(href)) = (&props.phone, &props.phone_href) {
                <a class="button" part="button button-secondary" href={href.clone()}
                   onclick={props.on_cta.reform(|_: MouseEvent| CtaKind::Phone)}>
                    { format!("{} {phone}", &ui[UiText::Call]) }
                </a>
            }
            if let Some(url) = &props.booking_url {
                <a class="button button-primary" part="button button-primary" href={url.clone()} target="_blank" rel="noopener"
                   onclick={props.on_cta.reform(|_: MouseEvent| CtaKind::Booking)}>
                    { &ui[UiText::Book] }
                </a>
                if !ui[UiText::BookNotice].is_empty() {
                    <p class="book-notice">{ &ui[UiText::BookNotice] }</p>
                }
            }
            // On paper the buttons are gone: the sheet a patient takes home keeps the number
            // and the full booking address as text.
            if let Some(phone) = &props.phone {
                <p class="print-only" data-print="phone">{ ui[UiText::PrintPhone].replace("{phone}", phone) }</p>
            }
            if let Some(url) = &props.booking_url {
                <p class="print-only" data-print="booking">{ ui[UiText::PrintBooking].replace("{url}", url) }</p>
            }
        </div>
    }
}
